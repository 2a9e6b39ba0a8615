using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Json;

namespace IIJReportGen.Dataset.Model;

/// <summary>A figure or date referenced inside a dataset text: {Concept@PERIOD|form} or {@PERIOD|date}; a figure may carry the words
/// its sign is read with, {Concept@PERIOD|form|positive words|negative words}, written before the figure shown without its sign
/// ("{FxGains@1H13|millions|gains of JPY|losses of JPY} million" → "losses of JPY50 million"), so a text cannot contradict its figure.</summary>
/// <param name="Words">The positive and the negative words, when the reference gives them.</param>
public sealed partial record TextReference(string Placeholder, string? Id, string Period, string Format, int Index, LabelBySign? Words = null)
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
        : IsDate && Words is not null ? ($"{Placeholder} gives words by sign to a date.", $"Write {{@{Period}|{DateFormat}}}; words by sign go with a figure.")
        : null;

    /// <summary>Every reference in a text, in order.</summary>
    public static IEnumerable<TextReference> FindAll(string text) =>
        Pattern().Matches(text).Select(m => new TextReference(
            m.Value,
            m.Groups["id"].Success && m.Groups["id"].Length > 0 ? m.Groups["id"].Value : null,
            m.Groups["period"].Value,
            m.Groups["format"].Success ? m.Groups["format"].Value : (m.Groups["id"].Length > 0 ? FigureForm.Units.Name : DateFormat),
            m.Index,
            m.Groups["positive"].Success ? new LabelBySign(m.Groups["positive"].Value, m.Groups["negative"].Value) : null));

    /// <summary>The text with every reference replaced by what <paramref name="render"/> makes of it.</summary>
    public static string Expand(string text, Func<TextReference, string> render) =>
        Pattern().Replace(text, m => render(FindAll(m.Value).Single()));

    [GeneratedRegex(@"\{(?<id>[A-Za-z_][A-Za-z0-9_]*)?@(?<period>[A-Za-z0-9_-]+)(\|(?<format>[A-Za-z]+)(\|(?<positive>[^|{}]*)\|(?<negative>[^|{}]*))?)?\}")]
    private static partial Regex Pattern();
}
