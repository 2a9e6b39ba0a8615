using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Review.Rollforward;

/// <summary>Finds the words in a text that name the old period — period keys and short names ("1H13", "FY2013"), and the years it spans — and rolls the period words.</summary>
internal sealed class StaleMentions
{
    private readonly Regex _pattern;
    private readonly Regex _periodWords;
    private readonly YearRoll _roll;

    public StaleMentions(ReportDataset dataset, YearRoll roll)
    {
        var periods = dataset.Periods.SelectMany(p => new[] { p.Key, p.Short }).Where(w => w.Any(char.IsDigit)).ToList();
        _pattern = Words(periods.Concat(roll.YearWords));
        _periodWords = Words(periods);
        _roll = roll;
    }

    /// <summary>The distinct mentions in order of first appearance.</summary>
    public IReadOnlyList<string> In(string text) =>
        _pattern.Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The words with every period's key or short name ("for 1H12", "FY2012 year-end") naming the period it rolls to;
    /// a bare year or date ("effective October 1, 2012") is an event's and stays.</summary>
    public string RollPeriodWords(string words) => _periodWords.Replace(words, m => _roll.Text(m.Value));

    /// <summary>Any of the words, whole; longest first, so "1H13-end" is one mention, not "1H13" plus a stray "-end".</summary>
    private static Regex Words(IEnumerable<string> words)
    {
        var alternatives = words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(Regex.Escape);
        return new Regex($"(?<![A-Za-z0-9])(?:{string.Join('|', alternatives)})(?![A-Za-z0-9])", RegexOptions.CultureInvariant);
    }
}
