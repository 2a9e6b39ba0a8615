using System.Globalization;
using Humanizer;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Templating.Rendering;
using Scriban;

namespace IIJReportGen.Templating.Functions;

/// <summary>Words for numbers and periods, in English whatever the machine's culture: "six months", "first", "Six".</summary>
internal sealed class WordFunctions(RenderSession session) : TemplateFunctions
{
    // The invariant culture exists in every globalization mode (en-US does not under DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1),
    // and Humanizer's words for it are its default, English ones.
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public string NumberWords(int number) => number.ToWords(English);

    public string OrdinalWords(int number) => number.ToOrdinalWords(English);

    /// <summary>A duration's length in words: "six months", "three months".</summary>
    public string Months(TemplateContext context, string period)
    {
        var count = MonthCount(context, period);
        // One unit word needs no pluraliser: Humanizer's ToQuantity builds its whole English vocabulary (~0.4 s) on first use.
        return count.ToWords(English) + (count == 1 ? " month" : " months");
    }

    /// <summary>Which part of <paramref name="year"/> the period is, counted in periods of its own length: 1H13 in FY2013 → "first".</summary>
    public string PartOrdinal(TemplateContext context, string period, string year)
    {
        var length = MonthCount(context, period);
        var part = session.RequirePeriod(context, period);
        var whole = session.RequirePeriod(context, year);
        if (whole.Start is not { } yearStart || part.Start is not { } start || start < yearStart || part.End > whole.End
            || CalendarMonths.Between(yearStart, start) is not { } offset)
            throw session.Error(context, $"Period '{period}' is not a part of '{year}'.", "Name a duration and the fiscal year that contains it.");
        return (offset / length + 1).ToOrdinalWords(English);
    }

    /// <summary>The text with its first letter in upper case.</summary>
    public string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Every word capitalised: "first six months" → "First Six Months".</summary>
    public string TitleCase(string text) => text.Transform(English, To.TitleCase);

    /// <summary>A name as a table row heads it: the words up to its qualifier capitalised, the rest as written —
    /// "net income attributable to IIJ" → "Net Income attributable to IIJ", "operating loss" → "Operating Loss".</summary>
    public string Headline(string text)
    {
        var words = text.Split(' ');
        var head = Array.FindIndex(words, w => Qualifiers.Contains(w));
        return string.Join(' ', words.Select((w, i) => head >= 0 && i >= head ? w : Capitalize(w)));
    }

    // The words that start what qualifies a name ("attributable to IIJ", "of equity method investees"): a headline leaves them lower case.
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "attributable", "of", "to", "for", "from", "in", "on", "at", "by", "before", "after", "and", "or", "per", "provided", "used",
    };

    /// <summary>A duration's length in whole calendar months (the loader has checked that it has one).</summary>
    private int MonthCount(TemplateContext context, string period) =>
        session.RequirePeriod(context, period).Months
        ?? throw session.Error(context, $"Period '{period}' is an instant; it has no length in months.", "Name a duration such as the half year.");
}
