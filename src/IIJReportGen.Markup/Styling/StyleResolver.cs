using System.Runtime.CompilerServices;
using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>The cascade: picks each property's winning declaration (importance, origin, specificity, order) and computes the style.</summary>
/// <remarks>
/// Styles are shared as browsers share them: an element with no id and no style attribute gets the style already computed
/// for an element with the same parent style (the same object), name, class attribute and :first-child/:last-child standing.
/// A style object is only ever shared among such elements, so by induction elements that share a parent style have the same
/// names, classes and standings all the way up to a common ancestor, and every selector of the subset matches them alike.
/// </remarks>
internal sealed class StyleResolver(Stylesheet sheet, StylesheetReader reader)
{
    private readonly Dictionary<MarkupElement, ComputedStyle> _computed = [];
    private readonly Dictionary<SharingKey, ComputedStyle> _shared = [];
    private readonly RuleIndex _rules = new(sheet.Rules);

    /// <summary>The element's style; parents must be resolved first (the layout writer walks top-down).</summary>
    public ComputedStyle Resolve(MarkupElement element, ComputedStyle parent)
    {
        if (_computed.TryGetValue(element, out var known))
            return known;
        var key = SharingKey.Of(element, parent);
        if (key is null || !_shared.TryGetValue(key.Value, out var style))
        {
            style = Cascade(element, parent);
            if (key is { } shareable)
                _shared[shareable] = style;
        }
        _computed[element] = style;
        return style;
    }

    private ComputedStyle Cascade(MarkupElement element, ComputedStyle parent)
    {
        var winners = new Dictionary<string, (long Rank, StyleDeclaration Declaration)>(StringComparer.Ordinal);
        void Offer(StyleDeclaration declaration, bool author, long specificity, long order)
        {
            var rank = (declaration.Important ? 1L << 62 : 0) | (author ? 1L << 61 : 0) | (specificity << 32) | order;
            if (!winners.TryGetValue(declaration.Property, out var current) || rank >= current.Rank)
                winners[declaration.Property] = (rank, declaration);
        }
        foreach (var rule in _rules.Matching(element))
        {
            foreach (var declaration in rule.Declarations)
                Offer(declaration, !rule.IsUserAgent, rule.Selector.Specificity, rule.Order);
        }
        if (element.Attribute("style") is { } inline)
        {
            foreach (var declaration in reader.ReadInline(inline, element.Location))
                Offer(declaration, true, (1L << 29) - 1, int.MaxValue);
        }
        return Compute(winners.ToDictionary(w => w.Key, w => w.Value.Declaration, StringComparer.Ordinal), parent);
    }

    /// <summary>What decides an element's style besides its ancestors; null for an element whose style is its own (an id, a style attribute).</summary>
    private readonly record struct SharingKey(ComputedStyle Parent, string Name, string? Classes, bool First, bool Last)
    {
        public static SharingKey? Of(MarkupElement element, ComputedStyle parent) =>
            element.Attributes.ContainsKey("id") || element.Attributes.ContainsKey("style")
                ? null
                : new SharingKey(parent, element.Name, element.Attribute("class"), element.IsFirstChild, element.IsLastChild);

        // The parent by identity: two equal styles of different elements say nothing about those elements' ancestors.
        public bool Equals(SharingKey other) =>
            ReferenceEquals(Parent, other.Parent) && Name == other.Name && Classes == other.Classes && First == other.First && Last == other.Last;

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Parent), Name, Classes, First, Last);
    }

    private static ComputedStyle Compute(Dictionary<string, StyleDeclaration> d, ComputedStyle parent)
    {
        string? Text(string property) => d.TryGetValue(property, out var declaration) ? declaration.Text : null;
        var style = parent.Inheritable();
        if (d.TryGetValue("font-size", out var size))
            style = style with { FontSize = CssValues.Points(size.Value, parent.FontSize) ?? CssValues.Fraction(size.Value)!.Value * parent.FontSize };
        var fontSize = style.FontSize;
        float Length(string property, float fallback) => d.TryGetValue(property, out var declaration) ? CssValues.Points(declaration.Value, fontSize) ?? fallback : fallback;
        if (d.TryGetValue("font-family", out var family))
            style = style with { FontFamilies = FontFamilies.Resolve(CssValues.Families(family.Value)), FontFamiliesDeclaredAt = family.Location };
        if (Text("font-weight") is { } weight)
            style = style with { FontWeight = CssValues.FontWeight(weight, parent.FontWeight)!.Value };
        if (Text("font-style") is { } italic)
            style = style with { Italic = italic != "normal" };
        if (Text("font-variant-numeric") is { } numeric)
            style = style with { TabularFigures = numeric == "tabular-nums" };
        if (Text("text-decoration-line") is { } decoration)
            style = style with { Underline = decoration == "underline" };
        if (d.TryGetValue("color", out var color))
            style = style with { Color = CssValues.Color(color.Value)!.Value };
        if (d.TryGetValue("line-height", out var lineHeight))
            style = style with { LineHeight = LineHeight(lineHeight, fontSize) };
        if (Text("text-align") is { } align)
            style = style with { TextAlign = align switch { "right" or "end" => TextAlignment.Right, "center" => TextAlignment.Center, "justify" => TextAlignment.Justify, _ => TextAlignment.Left } };
        if (Text("white-space") is { } whiteSpace)
            style = style with { NoWrap = whiteSpace == "nowrap" };
        if (Text("list-style-type") is { } listStyle)
            style = style with { ListStyle = listStyle };
        var background = d.TryGetValue("background-color", out var fill) ? CssValues.Color(fill.Value) : null;
        BorderLine Border(string side)
        {
            var kind = Text($"border-{side}-style") ?? "none";
            if (kind is "none" or "hidden")
                return BorderLine.None;
            var width = d.TryGetValue($"border-{side}-width", out var w) ? CssValues.BorderWidth(w.Value, w.Text, fontSize)!.Value : 2.25f;
            var lineColor = d.TryGetValue($"border-{side}-color", out var c) ? CssValues.Color(c.Value)!.Value : style.Color;
            return width > 0 ? new BorderLine(width, lineColor) : BorderLine.None;
        }
        return style with
        {
            Background = background is { Alpha: > 0 } ? background : null,
            Padding = new Thickness(Length("padding-top", 0), Length("padding-right", 0), Length("padding-bottom", 0), Length("padding-left", 0)),
            Margin = new Thickness(Math.Max(0, Length("margin-top", 0)), Math.Max(0, Length("margin-right", 0)), Math.Max(0, Length("margin-bottom", 0)), Math.Max(0, Length("margin-left", 0))),
            Borders = new Borders(Border("top"), Border("right"), Border("bottom"), Border("left")),
            Width = d.TryGetValue("width", out var width) ? Width(width, fontSize) : BoxWidth.Auto,
            VerticalAlign = Text("vertical-align") switch
            {
                "top" => VerticalPlacement.Top, "middle" => VerticalPlacement.Middle, "bottom" => VerticalPlacement.Bottom,
                "super" => VerticalPlacement.Super, "sub" => VerticalPlacement.Sub, _ => VerticalPlacement.Baseline,
            },
            BreakBefore = Break(Text("break-before") ?? Text("page-break-before")),
            BreakAfter = Break(Text("break-after") ?? Text("page-break-after")),
            AvoidBreakInside = (Text("break-inside") ?? Text("page-break-inside")) is "avoid" or "avoid-page",
            Hidden = Text("display") == "none",
        };
    }

    private static float LineHeight(StyleDeclaration declaration, float fontSize) =>
        declaration.Text == "normal" ? 1.2f
        : CssValues.Number(declaration.Text) ?? CssValues.Fraction(declaration.Value) ?? CssValues.Points(declaration.Value, fontSize)!.Value / fontSize;

    private static BoxWidth Width(StyleDeclaration declaration, float fontSize) =>
        declaration.Text == "auto" ? BoxWidth.Auto
        : CssValues.Fraction(declaration.Value) is { } fraction ? new BoxWidth(false, 0, fraction)
        : new BoxWidth(false, CssValues.Points(declaration.Value, fontSize)!.Value, null);

    private static BreakRule Break(string? text) => text switch
    {
        "always" or "page" or "left" or "right" => BreakRule.Page,
        "avoid" => BreakRule.Avoid,
        _ => BreakRule.Auto,
    };
}
