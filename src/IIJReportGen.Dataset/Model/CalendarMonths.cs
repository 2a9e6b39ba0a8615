namespace IIJReportGen.Dataset.Model;

/// <summary>Spans of time counted in whole calendar months, as reports name them ("six months", "the second quarter").</summary>
/// <remarks>A 52/53-week year ends a day or a few off a month's end (September 29 for a half year): it still counts as its
/// nearest whole number of months. More than <see cref="Tolerance"/> days off any month boundary is no month count at all.</remarks>
public static class CalendarMonths
{
    /// <summary>How many days a span may end off a whole number of months.</summary>
    public const int Tolerance = 7;

    /// <summary>The nearest whole number of months from <paramref name="from"/> to <paramref name="until"/> (exclusive), or null
    /// when the span ends more than <see cref="Tolerance"/> days off every month boundary.</summary>
    public static int? Between(DateOnly from, DateOnly until)
    {
        var rough = (until.Year - from.Year) * 12 + until.Month - from.Month;
        var nearest = new[] { rough - 1, rough, rough + 1 }
            .Where(m => m >= 0)
            .MinBy(m => Math.Abs(until.DayNumber - from.AddMonths(m).DayNumber));
        return Math.Abs(until.DayNumber - from.AddMonths(nearest).DayNumber) <= Tolerance ? nearest : null;
    }
}
