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

    private const string IsoDateFormat = "yyyy-MM-dd";
    private const string DateFormat = "MMMM d, yyyy";

    /// <summary>A date as the dataset types it, XBRL writes it and findings and flags quote it: "2013-09-30".</summary>
    public static string IsoDate(DateOnly date) => date.ToString(IsoDateFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads a date of a dataset that has been checked: <see cref="IsoDate(DateOnly)"/>'s spelling, else a FormatException.</summary>
    public static DateOnly ReadIsoDate(string text) => DateOnly.ParseExact(text, IsoDateFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads <see cref="IsoDate(DateOnly)"/>'s spelling back, exactly (no spaces, no other order).</summary>
    public static bool TryReadIsoDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, IsoDateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A date as the documents write it: "September 30, 2013".</summary>
    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads <see cref="Date(DateOnly)"/>'s spelling back: "September 30, 2013".</summary>
    public static bool TryReadDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A date in the given style: "November 8, 2013", "平成25年11月8日" or "2013年11月8日".</summary>
    public static string Date(DateOnly date, DateStyle style) => style switch
    {
        DateStyle.JapaneseEra => JapaneseDate.Era(date),
        DateStyle.JapaneseWestern => JapaneseDate.Western(date),
        _ => Date(date),
    };
}
