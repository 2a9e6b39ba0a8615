namespace IIJReportGen.Dataset.Figures;

/// <summary>Dates as Japanese filings write them: in the era (平成25年11月8日) or the Western year (2013年11月8日).</summary>
/// <remarks>The eras are a table here, not ICU's JapaneseCalendar, which invariant-globalization mode does not have.</remarks>
public static class JapaneseDate
{
    // Each era's first day (the day the new era name took effect), latest first.
    private static readonly (DateOnly Start, string Name)[] Eras =
    [
        (new DateOnly(2019, 5, 1), "令和"),
        (new DateOnly(1989, 1, 8), "平成"),
        (new DateOnly(1926, 12, 25), "昭和"),
        (new DateOnly(1912, 7, 30), "大正"),
        (new DateOnly(1873, 1, 1), "明治"),
    ];

    /// <summary>"平成25年11月8日"; the first year of an era is 元年 (平成元年1月8日).</summary>
    public static string Era(DateOnly date) => EraYear(date) + MonthDay(date);

    /// <summary>"2013年11月8日".</summary>
    public static string Western(DateOnly date) => $"{Digits(date.Year)}年" + MonthDay(date);

    /// <summary>The era and year of a date: "平成25年", "令和元年".</summary>
    public static string EraYear(DateOnly date)
    {
        foreach (var (start, name) in Eras)
            if (date >= start)
                return name + (date.Year == start.Year ? "元" : Digits(date.Year - start.Year + 1)) + "年";
        throw new ArgumentOutOfRangeException(nameof(date), date, "Japanese era dates start in 1873 (the Gregorian calendar's adoption).");
    }

    private static string MonthDay(DateOnly date) => $"{Digits(date.Month)}月{Digits(date.Day)}日";

    private static string Digits(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
