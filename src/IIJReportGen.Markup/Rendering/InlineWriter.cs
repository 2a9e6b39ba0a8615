using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>Writes inline elements (span, strong, em, a, sup, br…) as styled spans into a paragraph.</summary>
internal sealed class InlineWriter(StyleResolver styles, DiagnosticBag diagnostics)
{
    /// <summary>The baseline position and link that inline descendants take over from an enclosing sup/sub and a.</summary>
    private readonly record struct Context(BaselinePosition Position, string? Link);

    // Spans of equal text styles share one: the document tree keeps every span's style through the whole render. Most
    // elements share their computed style with like ones (StyleResolver) and find it by reference; a table's first and
    // last rows, or a th and a td, compute equal text styles of their own, found by value.
    private readonly Dictionary<ComputedStyle, TextStyle> _textStyles = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<TextStyle> _equalTextStyles = [];

    public void Text(MarkupText text, ComputedStyle style, ParagraphBuilder paragraph) =>
        paragraph.Text(text, TextOf(style), null, style.NoWrap);

    public void Element(MarkupElement element, ComputedStyle parent, ParagraphBuilder paragraph, bool inBand) =>
        Write(element, parent, paragraph, inBand, new Context(BaselinePosition.Normal, null));

    private void Write(MarkupElement element, ComputedStyle parent, ParagraphBuilder paragraph, bool inBand, Context context)
    {
        var style = styles.Resolve(element, parent);
        if (style.Hidden)
            return;
        var text = TextOf(style);
        if (text.Position == BaselinePosition.Normal)
            text = text with { Position = context.Position };
        if (Vocabulary.KindOf(element) == ElementKind.LineBreak)
        {
            paragraph.LineBreak(text);
            return;
        }
        var counter = element.HasClass("page-number") ? "{page}" : element.HasClass("page-count") ? "{pages}" : null;
        if (counter is not null)
        {
            if (inBand)
                paragraph.Counter(counter, text);
            else
                diagnostics.Add(Diagnostic.Error(MarkupCodes.MisplacedContent, $"<{element.Name} class=\"{element.Attribute("class")}\"> is a page counter outside a page band.", element.Location,
                    "Page counters work inside the element with class \"page-header\" or \"page-footer\"."));
            return;
        }
        var inner = new Context(text.Position, element.Name == "a" ? element.Attribute("href") ?? context.Link : context.Link);
        foreach (var child in element.Children)
        {
            if (child is MarkupText run)
                paragraph.Text(run, text, inner.Link, style.NoWrap);
            else if (child is MarkupElement nested && Vocabulary.KindOf(nested) is ElementKind.Inline or ElementKind.LineBreak)
                Write(nested, style, paragraph, inBand, inner);
            else if (child is MarkupElement block)
                diagnostics.Add(Diagnostic.Error(MarkupCodes.MisplacedContent, $"Block element <{block.Name}> is inside inline element <{element.Name}>.", block.Location,
                    $"Close the <{element.Name}> before the <{block.Name}>, or use a <span>."));
        }
    }

    private TextStyle TextOf(ComputedStyle style)
    {
        if (_textStyles.TryGetValue(style, out var text))
            return text;
        text = style.Text;
        if (!_equalTextStyles.TryGetValue(text, out var equal))
            _equalTextStyles.Add(equal = text);
        _textStyles.Add(style, equal);
        return equal;
    }
}
