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
    private readonly Dictionary<SharingKey, ComputedStyle> _shared = [];
    private readonly RuleIndex _rules = new(sheet.Rules);

    /// <summary>The element's style; parents must be resolved first (the layout writer walks top-down).</summary>
    public ComputedStyle Resolve(MarkupElement element, ComputedStyle parent)
    {
        if (element.ResolvedBy == this)
            return element.Style!;
        var key = SharingKey.Of(element, parent);
        if (key is null || !_shared.TryGetValue(key.Value, out var style))
        {
            style = Cascade(element, parent);
            if (key is { } shareable)
                _shared[shareable] = style;
        }
        (element.ResolvedBy, element.Style) = (this, style);
        return style;
    }

    // The winning declarations of the element being cascaded, emptied for each (one table, not one per element).
    private readonly Dictionary<string, (long Rank, StyleDeclaration Declaration)> _winners = new(StringComparer.Ordinal);

    private ComputedStyle Cascade(MarkupElement element, ComputedStyle parent)
    {
        var winners = _winners;
        winners.Clear();
        void Offer(StyleDeclaration declaration, bool author, long specificity, long order)
        {
            var rank = (declaration.Important ? 1L << 62 : 0) | (author ? 1L << 61 : 0) | (specificity << 32) | order;
            if (!winners.TryGetValue(declaration.Property, out var current) || rank >= current.Rank)
                winners[declaration.Property] = (rank, declaration);
        }
        var matching = _rules.Matching(element);
        for (var r = 0; r < matching.Count; r++)
        {
            var rule = matching[r];
            for (var d = 0; d < rule.Declarations.Count; d++)
                Offer(rule.Declarations[d], !rule.IsUserAgent, rule.Selector.Specificity, rule.Order);
        }
        if (element.Attribute("style") is { } inline)
        {
            foreach (var declaration in reader.ReadInline(inline, element.Location))
                Offer(declaration, true, (1L << 29) - 1, int.MaxValue);
        }
        return Compute(winners, parent);
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

    /// <summary>The style from the winning declarations: an inherited property not declared takes the parent's value, any
    /// other its initial value. Made in one piece (a copy per property set was most of a document's garbage).</summary>
    private static ComputedStyle Compute(Dictionary<string, (long Rank, StyleDeclaration Declaration)> winners, ComputedStyle parent)
    {
        StyleDeclaration? Declared(string property) => winners.TryGetValue(property, out var winner) ? winner.Declaration : null;
        string? Text(string property) => Declared(property)?.Text;
        var fontSize = Declared("font-size") is { } size
            ? CssValues.Points(size.Value, parent.FontSize) ?? CssValues.Fraction(size.Value)!.Value * parent.FontSize
            : parent.FontSize;
        float Length(string property) => Declared(property) is { } declaration ? CssValues.Points(declaration.Value, fontSize) ?? 0 : 0;
        var family = Declared("font-family");
        var color = Declared("color") is { } declaredColor ? CssValues.Color(declaredColor.Value)!.Value : parent.Color;
        var background = Declared("background-color") is { } fill ? CssValues.Color(fill.Value) : null;
        BorderLine Border(BorderSide side)
        {
            var kind = Text(side.Style) ?? "none";
            if (kind is "none" or "hidden")
                return BorderLine.None;
            var width = Declared(side.Width) is { } w ? CssValues.BorderWidth(w.Value, w.Text, fontSize)!.Value : 2.25f;
            var lineColor = Declared(side.Color) is { } c ? CssValues.Color(c.Value)!.Value : color;
            return width > 0 ? new BorderLine(width, lineColor) : BorderLine.None;
        }
        return new ComputedStyle
        {
            FontFamilies = family is null ? parent.FontFamilies : FontFamilies.Resolve(CssValues.Families(family.Value)),
            FontFamiliesDeclaredAt = family is null ? parent.FontFamiliesDeclaredAt : family.Location,
            FontSize = fontSize,
            FontWeight = Text("font-weight") is { } weight ? CssValues.FontWeight(weight, parent.FontWeight)!.Value : parent.FontWeight,
            Italic = Text("font-style") is { } italic ? italic != "normal" : parent.Italic,
            TabularFigures = Text("font-variant-numeric") is { } numeric ? numeric == "tabular-nums" : parent.TabularFigures,
            Underline = Text("text-decoration-line") is { } decoration ? decoration == "underline" : parent.Underline,
            Color = color,
            LineHeight = Declared("line-height") is { } lineHeight ? LineHeight(lineHeight, fontSize) : parent.LineHeight,
            TextAlign = Text("text-align") is { } align
                ? align switch { "right" or "end" => TextAlignment.Right, "center" => TextAlignment.Center, "justify" => TextAlignment.Justify, _ => TextAlignment.Left }
                : parent.TextAlign,
            NoWrap = Text("white-space") is { } whiteSpace ? whiteSpace == "nowrap" : parent.NoWrap,
            ListStyle = Text("list-style-type") ?? parent.ListStyle,
            Background = background is { Alpha: > 0 } ? background : null,
            Padding = new Thickness(Length("padding-top"), Length("padding-right"), Length("padding-bottom"), Length("padding-left")),
            Margin = new Thickness(Math.Max(0, Length("margin-top")), Math.Max(0, Length("margin-right")), Math.Max(0, Length("margin-bottom")), Math.Max(0, Length("margin-left"))),
            Borders = new Borders(Border(BorderSide.Top), Border(BorderSide.Right), Border(BorderSide.Bottom), Border(BorderSide.Left)),
            Width = Declared("width") is { } width ? Width(width, fontSize) : BoxWidth.Auto,
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

    /// <summary>The names of one side's border properties (spelt once, not per element cascaded).</summary>
    private sealed record BorderSide(string Style, string Width, string Color)
    {
        public static readonly BorderSide Top = Of("top"), Right = Of("right"), Bottom = Of("bottom"), Left = Of("left");

        private static BorderSide Of(string side) => new($"border-{side}-style", $"border-{side}-width", $"border-{side}-color");
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
