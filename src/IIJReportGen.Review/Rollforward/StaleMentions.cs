using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Review.Rollforward;

/// <summary>
/// Finds the words in a text that name the old period — period keys and short names ("1H13", "FY2013"), and the years it
/// spans — and turns the words that name a dataset period or date into references of the rolled dataset, so the next roll
/// moves them by reference: "for 1H12" → "for {@1H13|short}", "announced on May 15, 2013" → "{dates.targetsAnnounced}",
/// "as of September 30, 2013" → "{@1H14-end|date}". A date no period or report date has ("founded in 1992") stays.
/// </summary>
internal sealed partial class StaleMentions
{
    private readonly Regex _pattern;
    private readonly Regex _periodWords;
    private readonly Dictionary<string, string> _periodOfWord = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, string> _referenceOfDate = [];
    private readonly PeriodPlan _plan;
    private readonly YearRoll _roll;

    public StaleMentions(ReportDataset dataset, PeriodPlan plan, YearRoll roll)
    {
        // A word names the period whose key it is, else the first period it is the short name of (FY2013, not FY2013F).
        foreach (var period in dataset.Periods.OrderBy(p => p.Scenario))
            foreach (var word in new[] { period.Key, period.Short }.Where(w => w.Any(char.IsDigit)))
                _periodOfWord.TryAdd(word, dataset.Periods.Contains(word) ? word : period.Key);
        _pattern = Words(_periodOfWord.Keys.Concat(roll.YearWords));
        _periodWords = Words(_periodOfWord.Keys);
        // A date is a report date's (the roll keeps it or moves it with the date), else a period's end, an instant's first.
        foreach (var (name, date) in dataset.Report.Dates)
            _referenceOfDate.TryAdd(date, $"{{dates.{name}}}");
        foreach (var period in dataset.Periods.OrderBy(p => p.Type == PeriodType.Instant ? 0 : 1).Where(p => p.Scenario == Scenario.Actual))
            if (plan.Kept.Contains(plan.Roll(period.Key)))
                _referenceOfDate.TryAdd(period.End, $"{{@{plan.Roll(period.Key)}|{TextReference.DateFormat}}}");
        _plan = plan;
        _roll = roll;
    }

    /// <summary>The distinct mentions in order of first appearance.</summary>
    public IReadOnlyList<string> In(string text) =>
        _pattern.Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The words of the rolled text: each long date of a report date or a period a reference, then each period's key or
    /// short name a reference to the period it rolls to ({@1H13|short}), or the rolled word when that period is not kept.</summary>
    public string ReferPeriodWords(string words)
    {
        var dated = LongDate().Replace(words, m =>
            NumberText.TryReadDate(m.Value, out var date) && _referenceOfDate.TryGetValue(date, out var reference)
                ? reference
                : m.Value);
        return string.Concat(Reference().Split(dated).Select(part => part.StartsWith('{') ? part : _periodWords.Replace(part, m =>
        {
            var rolled = _plan.Roll(_periodOfWord[m.Value]);
            return _plan.Kept.Contains(rolled) ? $"{{@{rolled}|{TextReference.ShortFormat}}}" : _roll.Text(m.Value);
        })));
    }

    /// <summary>Any of the words, whole; longest first, so "1H13-end" is one mention, not "1H13" plus a stray "-end".</summary>
    private static Regex Words(IEnumerable<string> words)
    {
        var alternatives = words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(Regex.Escape);
        return new Regex($"(?<![A-Za-z0-9])(?:{string.Join('|', alternatives)})(?![A-Za-z0-9])", RegexOptions.CultureInvariant);
    }

    /// <summary>A date written long, as the English documents write it (<see cref="NumberText.Date(DateOnly)"/>): "September 30, 2013".</summary>
    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b")]
    private static partial Regex LongDate();

    /// <summary>The references just written, which the period words must not be looked for in.</summary>
    [GeneratedRegex(@"(\{[^{}]*\})")]
    private static partial Regex Reference();
}
