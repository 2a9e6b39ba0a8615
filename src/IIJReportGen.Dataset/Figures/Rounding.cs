using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Dataset.Figures;

/// <summary>Rounds figures to the shown precision under the dataset's rounding policy.</summary>
public static class Rounding
{
    /// <summary>Rounds to <paramref name="decimals"/> places (negative: to tens, hundreds …), half away from zero or truncating.</summary>
    public static decimal Round(decimal value, int decimals, RoundingMode mode)
    {
        var rounding = mode == RoundingMode.HalfUp ? MidpointRounding.AwayFromZero : MidpointRounding.ToZero;
        if (decimals >= 0)
            return Math.Round(value, Math.Min(decimals, 28), rounding);
        var unit = Powers.Ten(-decimals);
        return Math.Round(value / unit, 0, rounding) * unit;
    }

    /// <summary>How far a figure shown to <paramref name="decimals"/> places may lie from its exact value: half a unit of the last place, a whole unit when truncating.</summary>
    public static decimal MaxError(int decimals, RoundingMode mode)
    {
        var unit = Powers.Ten(-decimals);
        return mode == RoundingMode.Truncate ? unit : unit / 2m;
    }
}
