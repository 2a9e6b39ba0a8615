using System.Globalization;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Dataset.Figures;

/// <summary>Writes figures with a pinned culture: thousands separators, fixed decimals, the policy's negative style.</summary>
public static class NumberText
{
    /// <summary>"54,397", "(7.8)", "-7.8" or "△7.8" — never dependent on the machine's culture.</summary>
    public static string Format(decimal value, int decimals, NegativeStyle style)
    {
        var digits = Math.Abs(value).ToString("N" + Math.Max(decimals, 0), CultureInfo.InvariantCulture);
        if (value >= 0)
            return digits;
        return style switch
        {
            NegativeStyle.Parentheses => $"({digits})",
            NegativeStyle.Triangle => "△" + digits,
            _ => "-" + digits,
        };
    }

    /// <summary>A date as the dataset types it and findings and flags quote it: "2013-09-30".</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date as the documents write it: "September 30, 2013".</summary>
    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date in the given style: "November 8, 2013", "平成25年11月8日" or "2013年11月8日".</summary>
    public static string Date(DateOnly date, DateStyle style) => style switch
    {
        DateStyle.JapaneseEra => JapaneseDate.Era(date),
        DateStyle.JapaneseWestern => JapaneseDate.Western(date),
        _ => Date(date),
    };
}
