using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Json;

namespace IIJReportGen.Dataset.Model;

/// <summary>A figure, a period or a report date referenced inside a dataset text: {Concept@PERIOD|form}; the period itself,
/// {@PERIOD|date} (its end, "September 30, 2013"), {@PERIOD|start} (its first day) or {@PERIOD|short} (its short name, "1H13");
/// or a report date, {dates.NAME} ("the stock split of {dates.stockSplitEffective}"). A figure may carry the words its sign is
/// read with, {Concept@PERIOD|form|positive words|negative words}, written before the figure shown without its sign
/// ("{FxGains@1H13|millions|gains of JPY|losses of JPY} million" → "losses of JPY50 million"), so a text cannot contradict its figure.
/// Words that name a period or a date are references, so a roll-forward moves them with the periods and dates, never by guessing.</summary>
/// <param name="Period">The period key; empty for a report date.</param>
/// <param name="Words">The positive and the negative words, when the reference gives them.</param>
public sealed partial record TextReference(string Placeholder, string? Id, string Period, string Format, int Index, LabelBySign? Words = null)
{
    /// <summary>The format of a period's (end) date, written long.</summary>
    public const string DateFormat = "date";

    /// <summary>The format of a period's first day, written long.</summary>
    public const string StartFormat = "start";

    /// <summary>The format of a period's short name ("1H13", "FY2012", "Sep. 30, 2013").</summary>
    public const string ShortFormat = "short";

    /// <summary>The formats that write the period itself rather than a figure.</summary>
    public static readonly IReadOnlyList<string> PeriodFormats = [DateFormat, StartFormat, ShortFormat];

    /// <summary>The formats a reference may ask for: every figure form, and the period's own.</summary>
    public static readonly IReadOnlyList<string> Formats = [.. FigureForm.Names, .. PeriodFormats];

    /// <summary>The report date a {dates.NAME} reference names (<c>report.dates</c>); null for a figure or a period.</summary>
    public string? DateName { get; init; }

    /// <summary>True for {@PERIOD|date}, {@PERIOD|start} and {@PERIOD|short}.</summary>
    public bool WritesPeriod => DateName is null && PeriodFormats.Contains(Format);

    /// <summary>The figure form the reference asks for; null for a period, a report date or an unknown format.</summary>
    public FigureForm? Form => DateName is null ? FigureForm.Named(Format) : null;

    /// <summary>Why the reference cannot be written and how to fix it, or null: the format must be known, and a figure form needs a figure.</summary>
    /// <remarks>The loader and the renderer both ask this, so what validates also renders.</remarks>
    public (string Message, string Hint)? Problem =>
        DateName is not null ? null
        : !WritesPeriod && Form is null ? ($"{Placeholder} asks for format '{Format}'.", Suggestion.Hint(Format, Formats, "formats"))
        : Form is not null && Id is null ? ($"{Placeholder} asks for a figure in format '{Format}' but names none.", $"Write {{Concept@{Period}|{Format}}}, or {{@{Period}|{DateFormat}}} for the date.")
        : WritesPeriod && Id is not null ? ($"{Placeholder} names a figure but asks for the period's '{Format}'.", $"Write {{@{Period}|{Format}}} for the period, or a figure form for {Id}.")
        : WritesPeriod && Words is not null ? ($"{Placeholder} gives words by sign to a period.", $"Write {{@{Period}|{Format}}}; words by sign go with a figure.")
        : null;

    /// <summary>Every reference in a text, in order.</summary>
    public static IEnumerable<TextReference> FindAll(string text) =>
        Pattern().Matches(text).Select(m => m.Groups["date"].Success
            ? new TextReference(m.Value, null, "", DateFormat, m.Index) { DateName = m.Groups["date"].Value }
            : new TextReference(
                m.Value,
                m.Groups["id"].Success && m.Groups["id"].Length > 0 ? m.Groups["id"].Value : null,
                m.Groups["period"].Value,
                m.Groups["format"].Success ? m.Groups["format"].Value : (m.Groups["id"].Length > 0 ? FigureForm.Units.Name : DateFormat),
                m.Index,
                m.Groups["positive"].Success ? new LabelBySign(m.Groups["positive"].Value, m.Groups["negative"].Value) : null));

    /// <summary>The text with every reference replaced by what <paramref name="render"/> makes of it.</summary>
    public static string Expand(string text, Func<TextReference, string> render) =>
        Pattern().Replace(text, m => render(FindAll(m.Value).Single()));

    [GeneratedRegex(@"\{(?:dates\.(?<date>[A-Za-z_][A-Za-z0-9_]*)|(?<id>[A-Za-z_][A-Za-z0-9_]*)?@(?<period>[A-Za-z0-9_-]+)(\|(?<format>[A-Za-z]+)(\|(?<positive>[^|{}]*)\|(?<negative>[^|{}]*))?)?)\}")]
    private static partial Regex Pattern();
}
