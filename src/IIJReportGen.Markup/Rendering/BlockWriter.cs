using System.Globalization;
using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>
/// Writes the block flow: each block element becomes a box (margins, border, background, padding around its content),
/// runs of inline content between blocks become paragraphs, and siblings stack in a column with collapsed margins.
/// </summary>
internal sealed class BlockWriter
{
    public const string HeaderClass = "page-header";
    public const string FooterClass = "page-footer";

    private readonly StyleResolver _styles;
    private readonly ResourceFolder _resources;
    private readonly DiagnosticBag _diagnostics;
    private readonly InlineWriter _inline;
    private readonly TableWriter _tables;
    private readonly ListWriter _lists;

    public BlockWriter(StyleResolver styles, ResourceFolder resources, DiagnosticBag diagnostics)
    {
        (_styles, _resources, _diagnostics) = (styles, resources, diagnostics);
        _inline = new InlineWriter(styles, diagnostics);
        _tables = new TableWriter(this, styles, diagnostics);
        _lists = new ListWriter(this, styles, diagnostics);
    }

    /// <summary>The boxes of <paramref name="container"/>'s children, in order; page bands are left to the page.</summary>
    public List<Block> Children(MarkupElement container, ComputedStyle style, bool inBand)
    {
        var blocks = new List<Block>();
        var paragraph = new ParagraphBuilder();
        void Flush()
        {
            if (paragraph.Build(style.TextAlign) is { } element)
                blocks.Add(Block.Anonymous(element));
            paragraph = new ParagraphBuilder();
        }
        foreach (var node in container.Children)
        {
            if (node is MarkupText text)
            {
                _inline.Text(text, style, paragraph);
                continue;
            }
            var child = (MarkupElement)node;
            if (Vocabulary.KindOf(child) is ElementKind.Inline or ElementKind.LineBreak)
            {
                _inline.Element(child, style, paragraph, inBand);
                continue;
            }
            if (child.HasClass(HeaderClass) || child.HasClass(FooterClass))
            {
                // The body's bands are written into the page's header and footer, not the flow.
                if (container.Name != "body")
                    _diagnostics.Add(Diagnostic.Error(MarkupCodes.MisplacedContent, $"A page band (class \"{HeaderClass}\" or \"{FooterClass}\") must be a child of <body>.", child.Location));
                continue;
            }
            var childStyle = _styles.Resolve(child, style);
            if (childStyle.Hidden)
                continue;
            Flush();
            if (Box(child, childStyle, inBand) is { } block)
                blocks.Add(block);
        }
        Flush();
        return blocks;
    }

    /// <summary>
    /// Stacks blocks top to bottom. Adjacent margins collapse (the larger wins); the first block's top margin and the last one's
    /// bottom margin pass out to the parent unless <paramref name="keepTop"/>/<paramref name="keepBottom"/> (the parent has
    /// padding or a border there). Null when there is nothing to draw.
    /// </summary>
    public Block? Stack(List<Block> blocks, bool keepTop, bool keepBottom)
    {
        if (blocks.Count == 0)
            return null;
        var column = new Column();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i > 0 && (block.BreakBefore == BreakRule.Page || blocks[i - 1].BreakAfter == BreakRule.Page))
                column.Add(new PageBreak());
            var top = i == 0 ? (keepTop ? block.MarginTop : 0) : Math.Max(blocks[i - 1].MarginBottom, block.MarginTop);
            var bottom = i == blocks.Count - 1 && keepBottom ? block.MarginBottom : 0;
            column.Add(top > 0 || bottom > 0 ? Padded(block.Element, new Thickness(top, 0, bottom, 0)) : block.Element);
        }
        var element = column.Items.Count == 1 ? column.Items[0] : column;
        return new Block(element, keepTop ? 0 : blocks[0].MarginTop, keepBottom ? 0 : blocks[^1].MarginBottom, blocks[0].BreakBefore, blocks[^1].BreakAfter);
    }

    /// <summary>One block element as a box, or null when it draws nothing.</summary>
    public Block? Box(MarkupElement element, ComputedStyle style, bool inBand)
    {
        var kind = Vocabulary.KindOf(element);
        switch (kind)
        {
            case ElementKind.Block or ElementKind.Heading or ElementKind.ListItem:
                return Decorate(element, kind, style, Flow(element, style, inBand));
            case ElementKind.List:
                // The list's left padding is the marker column, so the box itself does not indent again.
                var listStyle = style with { Padding = style.Padding with { Left = 0 } };
                return Decorate(element, kind, listStyle, _lists.Write(element, style, inBand));
            case ElementKind.Table:
                return Decorate(element, kind, style, Content(_tables.Write(element, style)));
            case ElementKind.Rule:
                var line = style.Borders.Top.Width > 0 ? style.Borders.Top : new BorderLine(0.5f, style.Color);
                return Decorate(element, kind, style with { Borders = Borders.None }, Content(new Rule(line.Width, line.Color)));
            case ElementKind.Image:
                return Decorate(element, kind, style, Content(Picture(element)));
            default:
                _diagnostics.Add(Diagnostic.Error(MarkupCodes.MisplacedContent, $"<{element.Name}> cannot appear here.", element.Location, Placement(kind)));
                return null;
        }
    }

    /// <summary>The children of a box stacked inside it; their outer margins pass through unless padding or a border holds them.</summary>
    public Block? Flow(MarkupElement element, ComputedStyle style, bool inBand) =>
        Stack(Children(element, style, inBand), style.Padding.Top > 0 || style.Borders.Top.Width > 0, style.Padding.Bottom > 0 || style.Borders.Bottom.Width > 0);

    private static Block? Content(Element? element) => element is null ? null : Block.Anonymous(element);

    private Block? Decorate(MarkupElement element, ElementKind kind, ComputedStyle style, Block? content)
    {
        var hasBox = !style.Borders.IsEmpty || style.Background is not null || style.Padding != Thickness.Zero;
        if (content is null && !hasBox)
            return null;
        var root = new Located(element.Location);
        Container slot = root;
        if (StructureRoles.ForBlock(element, kind) is { } structure)
            slot = slot.Tagged(structure);
        if (kind == ElementKind.Heading || style.BreakAfter == BreakRule.Avoid)
            slot = slot.KeepWithNext();
        if (style.AvoidBreakInside)
            slot = slot.KeepTogether();
        if (kind == ElementKind.Heading)
            slot = slot.Bookmark(element.PlainText, int.Parse(element.Name[1..], CultureInfo.InvariantCulture));
        if (element.Attribute("id") is { Length: > 0 } id)
            slot = slot.Anchor(id);
        if (style.Margin.Left > 0 || style.Margin.Right > 0)
            slot = slot.Padding(new Thickness(0, style.Margin.Right, 0, style.Margin.Left));
        slot = Sized(slot, style.Width, kind);
        if (!style.Borders.IsEmpty)
            slot = slot.Border(style.Borders.Top, style.Borders.Right, style.Borders.Bottom, style.Borders.Left);
        if (style.Background is { } background)
            slot = slot.Background(background);
        if (style.Padding != Thickness.Zero)
            slot = slot.Padding(style.Padding);
        if (content is not null)
            slot.Element(content.Element);
        return new Block(root, Math.Max(style.Margin.Top, content?.MarginTop ?? 0), Math.Max(style.Margin.Bottom, content?.MarginBottom ?? 0),
            Stronger(style.BreakBefore, content?.BreakBefore), Stronger(style.BreakAfter, content?.BreakAfter));
    }

    /// <summary>A fixed width, or a share of the available width (a row with an empty remainder); tables size their own columns.</summary>
    private static Container Sized(Container slot, BoxWidth width, ElementKind kind)
    {
        if (width.IsAuto || (kind == ElementKind.Table && width.Fraction >= 1))
            return slot;
        if (width.Fraction is not { } fraction)
            return slot.Width(width.Points);
        if (fraction >= 1)
            return slot;
        var inner = slot;
        slot.Row(row =>
        {
            inner = row.RelativeItem(fraction);
            row.RelativeItem(1 - fraction);
        });
        return inner;
    }

    private static BreakRule Stronger(BreakRule own, BreakRule? inner) =>
        own != BreakRule.Auto ? own : inner is BreakRule.Page ? BreakRule.Page : BreakRule.Auto;

    private Picture? Picture(MarkupElement image)
    {
        if (image.Attribute("src") is not { Length: > 0 } source)
        {
            _diagnostics.Add(Diagnostic.Error(MarkupCodes.Resource, "<img> has no src.", image.Location));
            return null;
        }
        if (_resources.Read(source, image.Location) is not { } bytes)
            return null;
        try
        {
            return new Picture(bytes);
        }
        catch (ArgumentException)
        {
            _diagnostics.Add(Diagnostic.Error(MarkupCodes.Resource, $"'{source}' is not an image format the renderer reads.", image.Location, "Use PNG or JPEG."));
            return null;
        }
    }

    private static Padding Padded(Element element, Thickness thickness)
    {
        var padding = new Padding(thickness);
        padding.Set(element);
        return padding;
    }

    private static string Placement(ElementKind kind) => kind switch
    {
        ElementKind.TableSection or ElementKind.TableRow or ElementKind.TableCell or ElementKind.ColumnGroup or ElementKind.Column => "Table parts belong inside <table>.",
        ElementKind.Head => "Head elements belong inside <head>.",
        _ => "<html> and <body> each appear once, at the top.",
    };
}
