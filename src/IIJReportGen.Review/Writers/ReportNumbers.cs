using System.Globalization;

namespace IIJReportGen.Review.Writers;

/// <summary>How the diff writes numbers: culture-pinned, exact up to a fixed number of decimals, without trailing zeros.</summary>
internal static class ReportNumbers
{
    /// <summary>Derived values (an EPS, a ratio) are exact decimals with up to 28 digits; ten are plenty to see a change.</summary>
    public const int ValueDecimals = 10;

    /// <summary>% changes are reported to four decimals.</summary>
    public const int PercentDecimals = 4;

    /// <summary>The value rounded half away from zero, with trailing zeros removed (1.50 → 1.5, 2.000 → 2).</summary>
    public static decimal Tidy(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000m;

    /// <summary>"12,618,348", "-1,000", "0.3512"; "—" when absent.</summary>
    public static string Text(decimal? value, int decimals = ValueDecimals)
    {
        if (value is not { } v)
            return "—";
        var tidy = Tidy(v, decimals);
        return tidy.ToString("N" + tidy.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>"+1,000,000" or "-7.8" — a change with its sign.</summary>
    public static string Signed(decimal value, int decimals = ValueDecimals) => (value > 0 ? "+" : "") + Text(value, decimals);

    /// <summary>"+7.9%", "-2.0%": one decimal, for people.</summary>
    public static string Percent(decimal value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("+#,##0.0;-#,##0.0;0.0", CultureInfo.InvariantCulture) + "%";
}
