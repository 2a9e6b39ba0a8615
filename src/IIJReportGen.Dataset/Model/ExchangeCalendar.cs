using IIJReportGen.Dataset.Figures;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>
/// The days the exchange the company files with is closed: every Saturday and Sunday, and the days the dataset lists
/// (<c>report.calendar</c>: TSE's January 1–3, December 31 and Japan's national holidays), each with its name. Dataset data,
/// not a calendar library: a year is covered when the list names any of its days (every year has January 1).
/// </summary>
/// <param name="Location">Where the list is typed (the place to extend it).</param>
public sealed record ExchangeCalendar(string Exchange, IReadOnlyDictionary<DateOnly, string> Closed, SourceLocation? Location)
{
    /// <summary>Weekends only: a dataset that lists no holidays.</summary>
    public static ExchangeCalendar Weekends { get; } = new("", new Dictionary<DateOnly, string>(), null);

    /// <summary>True when the dataset lists holidays at all (so it can say whether a year is covered).</summary>
    public bool ListsHolidays => Closed.Count > 0;

    /// <summary>True when the list names a day of <paramref name="year"/>; without a list, nothing is covered.</summary>
    public bool Covers(int year) => Closed.Keys.Any(d => d.Year == year);

    /// <summary>Why the exchange is closed on <paramref name="date"/> ("a Saturday", "a TSE holiday (Culture Day)"), or null on a business day.</summary>
    public string? Closure(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? "a " + date.DayOfWeek.ToString()
        : Closed.TryGetValue(date, out var name) ? $"a {Exchange} holiday ({name})"
        : null;

    /// <summary>The first business day after <paramref name="date"/>.</summary>
    public DateOnly NextBusinessDay(DateOnly date)
    {
        var next = date.AddDays(1);
        while (Closure(next) is not null)
            next = next.AddDays(1);
        return next;
    }

    /// <summary>" 2014-11-24 is a TSE holiday (…): the next business day is 2014-11-25." for a closed day; else empty.</summary>
    public string ClosedDayNote(DateOnly date) =>
        Closure(date) is { } why ? $" {NumberText.IsoDate(date)} is {why}: the next business day is {NumberText.IsoDate(NextBusinessDay(date))}." : "";
}
