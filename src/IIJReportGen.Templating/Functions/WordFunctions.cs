using System.Globalization;
using Humanizer;
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
        if (whole.Start is not { } yearStart || part.Start is not { } start || start < yearStart || part.End > whole.End)
            throw session.Error(context, $"Period '{period}' is not a part of '{year}'.", "Name a duration and the fiscal year that contains it.");
        var offset = (start.Year - yearStart.Year) * 12 + start.Month - yearStart.Month;
        return (offset / length + 1).ToOrdinalWords(English);
    }

    /// <summary>The text with its first letter in upper case.</summary>
    public string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Every word capitalised: "first six months" → "First Six Months".</summary>
    public string TitleCase(string text) => text.Transform(English, To.TitleCase);

    private int MonthCount(TemplateContext context, string period)
    {
        var p = session.RequirePeriod(context, period);
        if (p.Start is not { } start)
            throw session.Error(context, $"Period '{period}' is an instant; it has no length in months.", "Name a duration such as the half year.");
        var end = p.End.AddDays(1);
        return (end.Year - start.Year) * 12 + end.Month - start.Month;
    }
}
