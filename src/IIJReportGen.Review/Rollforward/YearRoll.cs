using System.Globalization;
using System.Text.RegularExpressions;

namespace IIJReportGen.Review.Rollforward;

/// <summary>Moves period keys, labels and dates forward by whole years: 1H13 → 1H14, FY2012-end → FY2013-end, "September 30, 2013" → "… 2014".</summary>
/// <remarks>Only years the dataset's periods span are rolled (e.g. 2011–2014), so "founded in 1992" or a street number stays as it is.</remarks>
public sealed partial class YearRoll(int years, int firstYear, int lastYear)
{
    public int Years { get; } = years;

    /// <summary>The roll from the dataset's current period key to <paramref name="to"/>; null when <paramref name="to"/> is not that key some years on.</summary>
    public static YearRoll? Between(string current, string to, int firstYear, int lastYear)
    {
        for (var years = 1; years <= 10; years++)
        {
            var roll = new YearRoll(years, firstYear, lastYear);
            if (roll.Text(current) == to)
                return roll;
        }
        return null;
    }

    /// <summary>The text with every year in range (four digits, or two after 1H/2Q …) moved forward.</summary>
    public string Text(string text)
    {
        var years = FourDigitYear().Replace(text, m => InRange(int.Parse(m.Value, CultureInfo.InvariantCulture)) is { } year ? Show(year + Years) : m.Value);
        return PeriodYear().Replace(years, m => InRange(2000 + int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture)) is { } year
            ? m.Groups["part"].Value + ((year + Years) % 100).ToString("00", CultureInfo.InvariantCulture)
            : m.Value);
    }

    public DateOnly Date(DateOnly date) => date.AddYears(Years);

    /// <summary>The years this roll moves, as the texts spell them ("2013"), to find narrative that mentions the old period.</summary>
    public IEnumerable<string> YearWords => Enumerable.Range(firstYear, lastYear - firstYear + 1).Select(Show);

    private int? InRange(int year) => year >= firstYear && year <= lastYear ? year : null;

    private static string Show(int year) => year.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<!\d)(19|20)\d\d(?!\d)")]
    private static partial Regex FourDigitYear();

    /// <summary>The two-digit year of a period key such as 1H13 or 2Q13.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<part>[1-4][HQ])(?<yy>\d\d)(?!\d)")]
    private static partial Regex PeriodYear();
}
