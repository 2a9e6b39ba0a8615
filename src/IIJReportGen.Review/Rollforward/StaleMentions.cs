using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Review.Rollforward;

/// <summary>Finds the words in a text that name the old period: period keys and short names ("1H13", "FY2013"), and the years it spans.</summary>
internal sealed class StaleMentions
{
    private readonly Regex _pattern;

    public StaleMentions(ReportDataset dataset, YearRoll roll)
    {
        var words = dataset.Periods.SelectMany(p => new[] { p.Key, p.Short })
            .Where(w => w.Any(char.IsDigit))
            .Concat(roll.YearWords)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(w => w.Length)
            .ThenBy(w => w, StringComparer.Ordinal)
            .Select(Regex.Escape);
        // Longest first, so "1H13-end" is one mention, not "1H13" plus a stray "-end".
        _pattern = new Regex($"(?<![A-Za-z0-9])(?:{string.Join('|', words)})(?![A-Za-z0-9])", RegexOptions.CultureInvariant);
    }

    /// <summary>The distinct mentions in order of first appearance.</summary>
    public IReadOnlyList<string> In(string text) =>
        _pattern.Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
}
