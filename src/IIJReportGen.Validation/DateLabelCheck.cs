using System.Globalization;
using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>Checks what labels and texts state about dates against the periods: a period's label states its own dates and length
/// ("Six Months Ended September 30, 2013"); any other phrase's "six months ended …" names a period of the dataset, and a date it
/// states a few days off a period's date is a date left behind when the period moved (a 52/53-week year ending September 29).</summary>
/// <remarks>A date far from every period (an offering's payment date) is the text's own business and is not checked; nor is one the
/// dataset names elsewhere (a report date, the convenience rate's date), nor the day after a period (a stock split effective
/// October 1): so a period end moved by one day (September 30 to 29) is caught in its lengths and labels, not in a bare date.</remarks>
internal sealed partial class DateLabelCheck(ReportDataset dataset, DiagnosticBag diagnostics)
{
    private static readonly string[] Numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private readonly HashSet<DateOnly> _known = KnownDates(dataset);

    public int Run()
    {
        var count = 0;
        foreach (var period in dataset.Periods)
            foreach (var label in new[] { period.Label, period.Short }.Distinct())
                count += PeriodLabel(period, label);
        foreach (var phrase in DatasetString.Of(dataset))
            count += Phrase(phrase);
        return count;
    }

    /// <summary>A period's own label states its start or end, and its length in months.</summary>
    private int PeriodLabel(Period period, string label)
    {
        var dates = Dates(label).ToList();
        var lengths = Lengths(label).ToList();
        if (dates.Any(d => d != period.End && d != period.Start) || lengths.Any(l => l.Months != period.Months || l.End != period.End))
            diagnostics.Add(Diagnostic.Error(ValidationCodes.DateLabelDisagrees,
                $"Period '{period.Key}' is labelled \"{label}\", but it {Span(period)}.", period.Location,
                "Write the period's own dates and length in its label, or correct its dates."));
        return dates.Count + lengths.Count;
    }

    /// <summary>Any other phrase: "N months ended DATE" names a period of N months ending then; any other date near a period's is that date.</summary>
    private int Phrase(DatasetString phrase)
    {
        var text = TextReference.Expand(phrase.Text, _ => "");
        var count = 0;
        foreach (var (months, end, stated) in Lengths(text))
        {
            count++;
            if (!dataset.Periods.Any(p => p.Months == months && p.End == end))
                Error(phrase, $"\"{stated}\"", Nearest(end, months));
        }
        foreach (var date in Dates(LengthPattern().Replace(text, " ")).Distinct()) // a length's end date is checked with its length
        {
            count++;
            if (!_known.Contains(date) && Nearest(date, null) is { } period && Distance(period, date) <= CalendarMonths.Tolerance)
                Error(phrase, NumberText.Date(date), period);
        }
        return count;
    }

    private void Error(DatasetString phrase, string stated, Period? nearest) =>
        diagnostics.Add(Diagnostic.Error(ValidationCodes.DateLabelDisagrees,
            $"{Capitalized(phrase.What)} states {stated}, {(nearest is null ? "but no period of the dataset is that" : $"but {Runs(nearest)}")}.", phrase.Location,
            "Write the dates and length of the dataset's periods (in a text, cite a period's date as {@PERIOD|date}), or correct the period."));

    /// <summary>The period one of whose dates is nearest the date (of that many months, when given).</summary>
    private Period? Nearest(DateOnly date, int? months) =>
        dataset.Periods.Where(p => months is null || p.Months == months).MinBy(p => Distance(p, date));

    private static int Distance(Period period, DateOnly date) =>
        new[] { period.Start, period.End }.OfType<DateOnly>().Min(d => Math.Abs(d.DayNumber - date.DayNumber));

    /// <summary>"period '1H13' runs April 1, 2013 to September 29, 2013 (6 months)", "instant '1H13-end' is September 29, 2013".</summary>
    private static string Runs(Period period) => $"{(period.Start is null ? "instant" : "period")} '{period.Key}' {Span(period)}";

    private static string Span(Period period) => period.Start is { } start
        ? $"runs {NumberText.Date(start)} to {NumberText.Date(period.End)}{(period.Months is { } m ? $" ({m} months)" : "")}"
        : $"is {NumberText.Date(period.End)}";

    private static HashSet<DateOnly> KnownDates(ReportDataset dataset) =>
    [
        .. dataset.Periods.SelectMany(p => new[] { p.Start, p.End, p.OpeningDate }.OfType<DateOnly>()),
        .. dataset.Periods.Select(p => p.End.AddDays(1)), // "effective October 1, 2012": the day after a period, a date of its own
        .. dataset.Report.Dates.Values,
        dataset.Policies.Convenience.Date,
    ];

    /// <summary>Every date a text states: "September 30, 2013", "Sep. 30, 2013".</summary>
    private static IEnumerable<DateOnly> Dates(string text) => DatePattern().Matches(text).Select(Date).OfType<DateOnly>();

    /// <summary>Every length a text states with its end: "six months ended …", "Fiscal Year Ending …" (twelve months).</summary>
    private static IEnumerable<(int Months, DateOnly End, string Stated)> Lengths(string text) =>
        from Match m in LengthPattern().Matches(text)
        let end = Date(m)
        where end is not null
        select (m.Groups["year"].Success ? 12 : Count(m.Groups["count"].Value), end.Value, m.Value);

    private static int Count(string count) =>
        int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Array.IndexOf(Numbers, count.ToLowerInvariant()) + 1;

    private static DateOnly? Date(Match match) =>
        DateTime.TryParseExact($"{match.Groups["month"].Value[..3]} {match.Groups["day"].Value} {match.Groups["y"].Value}", "MMM d yyyy",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? DateOnly.FromDateTime(date) : null;

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private const string DateText = @"(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?<day>\d{1,2}),\s*(?<y>\d{4})";

    [GeneratedRegex(DateText)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?i:(?:(?<count>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})[\s-]+months?|(?<year>fiscal\s+year))\s+end(?:ed|ing)\s+)" + DateText)]
    private static partial Regex LengthPattern();
}
