using System.Globalization;

namespace IIJReportGen.Layout;

/// <summary>Text with the page number and page count filled in: the pattern's {page} and {pages} ("- {page} -", "Page {page} of {pages}").</summary>
public sealed class PageCounter(string pattern, TextStyle style, TextAlignment alignment) : Element
{
    // Only the last text: a page's band is measured and then drawn with the same text, and every page has its own.
    private (string Text, Paragraph Paragraph)? _last;

    public string Pattern { get; } = pattern;

    public override SpacePlan Measure(Size available, LayoutContext context) => For(context).Measure(available, context);

    public override void Draw(Size available, PageCanvas canvas) => For(canvas.Context).Draw(available, canvas);

    private Paragraph For(LayoutContext context)
    {
        // Before the page count is known (while paginating) the page number stands in for it.
        var pages = context.TotalPages ?? context.PageNumber;
        var text = Pattern
            .Replace("{page}", context.PageNumber.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{pages}", pages.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (_last is not { } last || last.Text != text)
            _last = last = (text, new Paragraph { Alignment = alignment, LinksAddresses = false }.Add(new TextSpan(text, style)));
        return last.Paragraph;
    }
}
