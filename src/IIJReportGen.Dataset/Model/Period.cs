using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>Whether a period spans time (income, cash flows) or is a point in time (balances).</summary>
public enum PeriodType
{
    Duration,
    Instant,
}

/// <summary>Actual results or a forecast.</summary>
public enum Scenario
{
    Actual,
    Forecast,
}

/// <summary>A named reporting period, e.g. 1H13 (a duration) or 1H13-end (an instant); its heading in English and, for Japanese
/// documents, in Japanese (26年3月期第2四半期).</summary>
public sealed record Period(
    string Key,
    PeriodType Type,
    DateOnly? Start,
    DateOnly End,
    Scenario Scenario,
    string Label,
    string Short,
    string? Comparative,
    SourceLocation Location,
    string? LabelJa = null) : IKeyed
{
    /// <summary>The instant just before a duration begins (the day before its start).</summary>
    public DateOnly? OpeningDate => Start?.AddDays(-1);

    /// <summary>A duration's length in whole calendar months (a half year ending September 29 is six); null for an instant,
    /// or a span shorter than a month or more than <see cref="CalendarMonths.Tolerance"/> days off a whole number of months (the loader reports it).</summary>
    public int? Months => Start is { } start && CalendarMonths.Between(start, End.AddDays(1)) is int months and > 0 ? months : null;
}
