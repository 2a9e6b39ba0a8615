using System.Globalization;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Values;
using IIJReportGen.Layout;
using Unit = AngleSharp.Css.Values.CssLengthValue.Unit;

namespace IIJReportGen.Markup;

/// <summary>Reads AngleSharp's parsed values as points, colours and keywords; null means "not in our subset".</summary>
internal static class CssValues
{
    /// <summary>Border widths of the keywords, as browsers draw them at 96 dpi (1px, 3px, 5px) in points.</summary>
    private static readonly Dictionary<string, float> BorderKeywords = new(StringComparer.Ordinal) { ["thin"] = 0.75f, ["medium"] = 2.25f, ["thick"] = 3.75f };

    /// <summary>An absolute or font-relative length in points; null for percentages, keywords and other values.</summary>
    public static float? Points(ICssValue value, float fontSize) => value is CssLengthValue length ? Points(length, fontSize) : null;

    private static float? Points(CssLengthValue length, float fontSize)
    {
        var v = (float)length.Value;
        return length.Type switch
        {
            Unit.Pt => v,
            Unit.Px => v * 0.75f,
            Unit.Mm => v * 72f / 25.4f,
            Unit.Cm => v * 72f / 2.54f,
            Unit.In => v * 72f,
            Unit.Pc => v * 12f,
            Unit.Em => v * fontSize,
            Unit.None when v == 0 => 0,
            _ => null,
        };
    }

    /// <summary>A percentage as a fraction (50% → 0.5).</summary>
    public static float? Fraction(ICssValue value) =>
        value is CssLengthValue { Type: Unit.Percent } length ? (float)length.Value / 100f : null;

    public static float? BorderWidth(ICssValue value, string text, float fontSize) =>
        BorderKeywords.TryGetValue(text, out var points) ? points : Points(value, fontSize);

    public static Color? Color(ICssValue value) =>
        value is CssColorValue color ? new Color(color.R, color.G, color.B, color.A) : null;

    /// <summary>A plain number ("1.3" for line-height).</summary>
    public static float? Number(string text) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static int? FontWeight(string text, int inherited) => text switch
    {
        "normal" => 400,
        "bold" => 700,
        "bolder" => Math.Min(900, inherited + 300),
        "lighter" => Math.Max(100, inherited - 300),
        _ => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var weight) && weight is >= 1 and <= 1000 ? weight : null,
    };

    /// <summary>Family names of a font-family list, unquoted, in order.</summary>
    public static IReadOnlyList<string> Families(ICssValue value) =>
        (value is ICssMultipleValue list ? Enumerable.Range(0, list.Count).Select(i => list[i].CssText) : [value.CssText])
        .Select(name => name.Trim().Trim('"', '\'').Trim()).Where(name => name.Length > 0).ToList();

    /// <summary>Parses one length written outside a property AngleSharp knows (the @page size), with AngleSharp.</summary>
    public static float? ParseLength(string text)
    {
        var parsed = CssParsers.Plain.ParseDeclaration("width: " + text);
        var value = parsed?.GetProperty("width")?.RawValue;
        return value is null ? null : Points(value, 10);
    }
}
