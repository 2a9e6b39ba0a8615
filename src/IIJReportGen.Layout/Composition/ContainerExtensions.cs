using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout;

/// <summary>The fluent composition API: each call puts an element into the slot and returns the slot inside it (a decorator is
/// its own slot).</summary>
public static class ContainerExtensions
{
    public static T Element<T>(this Container container, T element) where T : Element => container.Set(element);

    public static void Column(this Container container, Action<ColumnDescriptor> items) =>
        items(new ColumnDescriptor(container.Set(new Column())));

    public static void Row(this Container container, Action<RowDescriptor> items) =>
        items(new RowDescriptor(container.Set(new Row())));

    public static void Table(this Container container, Action<TableDescriptor> content) =>
        content(new TableDescriptor(container.Set(new Table())));

    public static Paragraph Text(this Container container, string text, TextStyle? style = null, TextAlignment alignment = TextAlignment.Left) =>
        container.Set(new Paragraph { Alignment = alignment }).Add(new TextSpan(text, style ?? TextStyle.Default));

    public static Paragraph Text(this Container container, Action<TextDescriptor> spans)
    {
        var paragraph = container.Set(new Paragraph());
        spans(new TextDescriptor(paragraph));
        return paragraph;
    }

    /// <summary>A heading: bookmarked in the PDF outline at <paramref name="level"/> and kept on the page of what follows it.</summary>
    public static Paragraph Heading(this Container container, string text, int level, TextStyle style) =>
        container.KeepWithNext().Bookmark(text, level).Text(text, style);

    public static void PageNumber(this Container container, string pattern, TextStyle? style = null, TextAlignment alignment = TextAlignment.Left) =>
        container.Set(new PageCounter(pattern, style ?? TextStyle.Default, alignment));

    public static void PageBreak(this Container container) => container.Set(new PageBreak());

    public static void Rule(this Container container, float thickness = 0.5f, Color? color = null) =>
        container.Set(new Rule(thickness, color ?? Color.Black));

    public static void Image(this Container container, byte[] encoded) => container.Set(new Picture(encoded));

    public static Container Padding(this Container container, float all) => container.Padding(Thickness.All(all));

    public static Container Padding(this Container container, Thickness thickness) => container.Set(new Padding(thickness));

    public static Container PaddingVertical(this Container container, float points) => container.Padding(new Thickness(points, 0, points, 0));

    public static Container PaddingHorizontal(this Container container, float points) => container.Padding(new Thickness(0, points, 0, points));

    public static Container PaddingTop(this Container container, float points) => container.Padding(new Thickness(points, 0, 0, 0));

    public static Container PaddingBottom(this Container container, float points) => container.Padding(new Thickness(0, 0, points, 0));

    public static Container Border(this Container container, float width, Color? color = null)
    {
        var line = new BorderLine(width, color ?? Color.Black);
        return container.Border(line, line, line, line);
    }

    public static Container Border(this Container container, BorderLine top, BorderLine right, BorderLine bottom, BorderLine left) =>
        container.Set(new Border(top, right, bottom, left));

    public static Container BorderTop(this Container container, float width, Color? color = null) =>
        container.Border(new BorderLine(width, color ?? Color.Black), BorderLine.None, BorderLine.None, BorderLine.None);

    public static Container BorderBottom(this Container container, float width, Color? color = null) =>
        container.Border(BorderLine.None, BorderLine.None, new BorderLine(width, color ?? Color.Black), BorderLine.None);

    public static Container Background(this Container container, Color color) => container.Set(new Background(color));

    public static Container AlignLeft(this Container container) => container.Set(new Alignment(HorizontalAlignment.Left, null));

    public static Container AlignCenter(this Container container) => container.Set(new Alignment(HorizontalAlignment.Center, null));

    public static Container AlignRight(this Container container) => container.Set(new Alignment(HorizontalAlignment.Right, null));

    public static Container AlignTop(this Container container) => container.Set(new Alignment(null, VerticalAlignment.Top));

    public static Container AlignMiddle(this Container container) => container.Set(new Alignment(null, VerticalAlignment.Middle));

    public static Container AlignBottom(this Container container) => container.Set(new Alignment(null, VerticalAlignment.Bottom));

    public static Container Width(this Container container, float points) => container.Set(new Constrained(points, null));

    public static Container MinHeight(this Container container, float points) => container.Set(new Constrained(null, points));

    public static Container KeepTogether(this Container container) => container.Set(new KeepTogether());

    public static Container KeepWithNext(this Container container) => container.Set(new KeepWithNext());

    public static Container Bookmark(this Container container, string title, int level) => container.Set(new Bookmark(title, level));

    public static Container Anchor(this Container container, string name) => container.Set(new Anchor(name));

    /// <summary>Tags the child's content as <paramref name="element"/> in the PDF's structure tree.</summary>
    public static Container Tagged(this Container container, StructureElement element) => container.Set(new Tagged(element));

    /// <summary>Says where the child comes from (its markup element's source), for layout findings about it.</summary>
    public static Container Located(this Container container, SourceLocation location) => container.Set(new Located(location));

    public static Container Hyperlink(this Container container, string target) => container.Set(new Hyperlink(target));
}
