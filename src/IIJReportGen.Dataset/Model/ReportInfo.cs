using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>Which periods the documents are about, and their named dates, phrases and yes/no facts (a briefing is held, no
/// accounting policy changed).</summary>
/// <param name="LabelLocations">Where each label is typed, for findings about what it states.</param>
public sealed record ReportInfo(
    string? City,
    string Current,
    string? Quarter,
    string? BalanceSheet,
    string? FiscalYear,
    IReadOnlyDictionary<string, DateOnly> Dates,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, SourceLocation> LabelLocations,
    IReadOnlyDictionary<string, bool> Flags)
{
    /// <summary>Where each date is typed, for findings about the day it falls on.</summary>
    public IReadOnlyDictionary<string, SourceLocation> DateLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>The days the exchange is closed (weekends, and the holidays <c>report.calendar</c> lists).</summary>
    public ExchangeCalendar Calendar { get; init; } = ExchangeCalendar.Weekends;
}
