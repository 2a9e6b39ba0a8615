using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Json;

namespace IIJReportGen.Dataset.Model;

/// <summary>A figure or date referenced inside a dataset text: {Concept@PERIOD|form} or {@PERIOD|date}.</summary>
public sealed partial record TextReference(string Placeholder, string? Id, string Period, string Format, int Index)
{
    /// <summary>The format of a period's date.</summary>
    public const string DateFormat = "date";

    /// <summary>The formats a reference may ask for: every figure form, and the date.</summary>
    public static readonly IReadOnlyList<string> Formats = [.. FigureForm.Names, DateFormat];

    /// <summary>True for {@PERIOD|date}.</summary>
    public bool IsDate => Format == DateFormat;

    /// <summary>The figure form the reference asks for; null for a date or an unknown format.</summary>
    public FigureForm? Form => FigureForm.Named(Format);

    /// <summary>Why the reference cannot be written and how to fix it, or null: the format must be known, and a figure form needs a figure.</summary>
    /// <remarks>The loader and the renderer both ask this, so what validates also renders.</remarks>
    public (string Message, string Hint)? Problem =>
        !IsDate && Form is null ? ($"{Placeholder} asks for format '{Format}'.", Suggestion.Hint(Format, Formats, "formats"))
        : Form is not null && Id is null ? ($"{Placeholder} asks for a figure in format '{Format}' but names none.", $"Write {{Concept@{Period}|{Format}}}, or {{@{Period}|{DateFormat}}} for the date.")
        : null;

    /// <summary>Every reference in a text, in order.</summary>
    public static IEnumerable<TextReference> FindAll(string text) =>
        Pattern().Matches(text).Select(m => new TextReference(
            m.Value,
            m.Groups["id"].Success && m.Groups["id"].Length > 0 ? m.Groups["id"].Value : null,
            m.Groups["period"].Value,
            m.Groups["format"].Success ? m.Groups["format"].Value : (m.Groups["id"].Length > 0 ? FigureForm.Units.Name : DateFormat),
            m.Index));

    /// <summary>The text with every reference replaced by what <paramref name="render"/> makes of it.</summary>
    public static string Expand(string text, Func<TextReference, string> render) =>
        Pattern().Replace(text, m => render(FindAll(m.Value).Single()));

    [GeneratedRegex(@"\{(?<id>[A-Za-z_][A-Za-z0-9_]*)?@(?<period>[A-Za-z0-9_-]+)(\|(?<format>[A-Za-z]+))?\}")]
    private static partial Regex Pattern();
}
