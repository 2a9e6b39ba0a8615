using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>
/// VAL014/VAL015: the dates the release cycle goes out on — every report date after the current period (the release, the
/// filings, the dividend payment) — fall on days the exchange is open, as the dataset's calendar (<c>report.calendar</c>) has
/// them; a year that calendar does not cover is said once, so nobody takes silence for a check. Dates within or before the
/// period are events (an offering's payment, a stock split) and are not checked.
/// </summary>
public static class BusinessDayCheck
{
    /// <summary>Reports each such date on a closed day and each year the calendar lacks; returns how many dates it read.</summary>
    public static int Run(ReportDataset dataset, DiagnosticBag diagnostics)
    {
        if (!dataset.Periods.TryGet(dataset.Report.Current, out var current))
            return 0;
        var report = dataset.Report;
        var calendar = report.Calendar;
        var dates = report.Dates.Where(d => d.Value > current.End).ToList();
        foreach (var (name, date) in dates)
            if (calendar.Closure(date) is { } why)
                diagnostics.Add(Diagnostic.Warning(ValidationCodes.DateOnClosedDay,
                    $"Date '{name}' ({NumberText.IsoDate(date)}) is {why}, when the exchange is closed.",
                    report.DateLocations.GetValueOrDefault(name),
                    $"Choose a business day: the next is {NumberText.IsoDate(calendar.NextBusinessDay(date))}."));
        if (!calendar.ListsHolidays)
            return dates.Count;
        foreach (var year in dates.Select(d => d.Value.Year).Distinct().Where(y => !calendar.Covers(y)).Order())
            diagnostics.Add(Diagnostic.Warning(ValidationCodes.CalendarNotCovering,
                $"The {calendar.Exchange} calendar lists no closed day of {year}, so the dates of {year} ({string.Join(", ", dates.Where(d => d.Value.Year == year).Select(d => d.Key))}) are checked against weekends only.",
                calendar.Location,
                $"Extend report.calendar.closed with the {calendar.Exchange}'s {year} non-business days (January 1–3, December 31 and Japan's national holidays)."));
        return dates.Count;
    }
}
