using AngleSharp.Css.Dom;

namespace IIJReportGen.Markup;

/// <summary>
/// The CSS subset: which properties an author may write, which longhands they become, which values each accepts, and which
/// properties are inherited. Screen-only properties are accepted with a warning, anything else is an error.
/// </summary>
internal static class PropertyCatalog
{
    private static readonly string[] Sides = ["top", "right", "bottom", "left"];

    private static readonly string[] Breaks = ["auto", "always", "avoid", "page", "left", "right"];

    /// <summary>Longhands and the test their value must pass (the value's text is AngleSharp's normalised, lower-case form).</summary>
    private static readonly Dictionary<string, Func<ICssValue, string, bool>> Longhands = BuildLonghands();

    private static readonly HashSet<string> Shorthands = new(StringComparer.Ordinal)
    {
        "margin", "padding", "border", "border-top", "border-right", "border-bottom", "border-left",
        "border-width", "border-style", "border-color", "text-decoration", "font", "background",
    };

    /// <summary>Properties that only matter on screen or are implied by the layout engine: a warning, then ignored.</summary>
    private static readonly HashSet<string> Harmless = new(StringComparer.Ordinal)
    {
        "cursor", "outline", "outline-color", "outline-style", "outline-width", "outline-offset", "box-shadow", "text-shadow",
        "transition", "user-select", "text-rendering", "print-color-adjust", "color-adjust", "max-width", "min-width",
        "border-spacing", "empty-cells", "orphans", "widows", "font-kerning", "hyphens", "overflow", "box-sizing",
    };

    public static string Supported { get; } = string.Join(", ", Longhands.Keys.Concat(Shorthands).Order(StringComparer.Ordinal));

    /// <summary>A property name the author may write (before shorthand expansion).</summary>
    public static bool IsWritable(string name) => Longhands.ContainsKey(name) || Shorthands.Contains(name);

    /// <summary>Vendor-prefixed and screen-only properties: harmless in print.</summary>
    public static bool IsHarmless(string name) => name.StartsWith('-') || Harmless.Contains(name);

    public static bool IsLonghand(string name) => Longhands.ContainsKey(name);

    public static bool Accepts(string longhand, ICssValue value, string text) => Longhands[longhand](value, text);

    private static Dictionary<string, Func<ICssValue, string, bool>> BuildLonghands()
    {
        static Func<ICssValue, string, bool> OneOf(params string[] words) => (_, text) => words.Contains(text);
        static bool Length(ICssValue value) => CssValues.Points(value, 10) is not null;
        static bool Colour(ICssValue value, string _) => CssValues.Color(value) is not null;
        var rules = new Dictionary<string, Func<ICssValue, string, bool>>(StringComparer.Ordinal)
        {
            ["font-family"] = (value, _) => CssValues.Families(value).Count > 0,
            ["font-size"] = (value, _) => Length(value) || CssValues.Fraction(value) is not null,
            ["font-weight"] = (_, text) => CssValues.FontWeight(text, 400) is not null,
            ["font-style"] = OneOf("normal", "italic", "oblique"),
            ["font-variant-numeric"] = OneOf("normal", "tabular-nums"),
            ["text-decoration-line"] = OneOf("none", "underline"),
            ["color"] = Colour,
            ["background-color"] = Colour,
            ["text-align"] = OneOf("left", "right", "center", "justify", "start", "end"),
            ["vertical-align"] = OneOf("baseline", "top", "middle", "bottom", "super", "sub"),
            ["border-collapse"] = OneOf("collapse", "separate"),
            ["width"] = (value, text) => text == "auto" || Length(value) || CssValues.Fraction(value) is not null,
            ["line-height"] = (value, text) => text == "normal" || CssValues.Number(text) is not null || Length(value) || CssValues.Fraction(value) is not null,
            ["page-break-before"] = OneOf(Breaks),
            ["page-break-after"] = OneOf(Breaks),
            ["break-before"] = OneOf(Breaks),
            ["break-after"] = OneOf(Breaks),
            ["page-break-inside"] = OneOf("auto", "avoid"),
            ["break-inside"] = OneOf("auto", "avoid", "avoid-page"),
            ["display"] = OneOf("none"),
            ["white-space"] = OneOf("normal", "nowrap"),
            ["list-style-type"] = OneOf("disc", "decimal", "none"),
        };
        foreach (var side in Sides)
        {
            rules[$"padding-{side}"] = (value, _) => CssValues.Points(value, 10) is >= 0;
            rules[$"margin-{side}"] = (value, text) => text == "auto" || Length(value);
            rules[$"border-{side}-width"] = (value, text) => CssValues.BorderWidth(value, text, 10) is >= 0;
            rules[$"border-{side}-style"] = OneOf("none", "hidden", "solid", "dashed", "dotted", "double");
            rules[$"border-{side}-color"] = Colour;
        }
        return rules;
    }
}
