using System.Text.RegularExpressions;

namespace IIJReportGen.Dataset.Model;

/// <summary>A figure or date referenced inside a dataset text: {Concept@PERIOD|format} or {@PERIOD|date}.</summary>
public sealed partial record TextReference(string Placeholder, string? Id, string Period, string Format, int Index)
{
    /// <summary>The formats a text reference may ask for.</summary>
    public static readonly IReadOnlyList<string> Formats =
        ["thousands", "millions", "units", "usdMillions", "yoyPercent", "percent", "date"];

    /// <summary>Every reference in a text, in order.</summary>
    public static IEnumerable<TextReference> FindAll(string text) =>
        Pattern().Matches(text).Select(m => new TextReference(
            m.Value,
            m.Groups["id"].Success && m.Groups["id"].Length > 0 ? m.Groups["id"].Value : null,
            m.Groups["period"].Value,
            m.Groups["format"].Success ? m.Groups["format"].Value : (m.Groups["id"].Length > 0 ? "units" : "date"),
            m.Index));

    /// <summary>The text with every reference replaced by what <paramref name="render"/> makes of it.</summary>
    public static string Expand(string text, Func<TextReference, string> render) =>
        Pattern().Replace(text, m => render(FindAll(m.Value).Single()));

    [GeneratedRegex(@"\{(?<id>[A-Za-z_][A-Za-z0-9_]*)?@(?<period>[A-Za-z0-9_-]+)(\|(?<format>[A-Za-z]+))?\}")]
    private static partial Regex Pattern();
}
