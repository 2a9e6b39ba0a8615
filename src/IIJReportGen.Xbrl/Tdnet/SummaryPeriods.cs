using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Xbrl.Tdnet;

/// <summary>A period as TDnet names it in context ids ("CurrentAccumulatedQ2Duration", "PriorYearInstant") with its dates.</summary>
public sealed record SummaryPeriod(string Name, DateOnly? Start, DateOnly End);

/// <summary>TDnet's period names, from dates relative to the report's fiscal year: a duration from the start of the current
/// (prior, next) fiscal year is Current (Prior, Next) AccumulatedQn — n its quarters — or Year when it is the whole year; an
/// instant at the end of such a span is named the same with "Instant".</summary>
/// <remarks>One rule for every report kind: a first-quarter report's CurrentAccumulatedQ1Duration, a full year's
/// CurrentYearDuration, a forecast of the first half's CurrentAccumulatedQ2Duration, a full year's forecast of the next
/// year NextYearDuration.</remarks>
public sealed class SummaryPeriods
{
    private readonly DateOnly _yearStart;

    public SummaryPeriods(ReportDataset dataset)
    {
        var current = dataset.Periods[dataset.Report.Current];
        _yearStart = current.Start ?? throw new XbrlMappingException(current.Key, $"The report's period '{current.Key}' is an instant; TDnet names the periods from its start.");
        Quarter = QuartersOf(dataset);
        CurrentDuration = Named(_yearStart, current.End) ?? throw NotAQuarter(current);
        CurrentInstant = Named(null, current.End)!;
        CurrentYearDuration = Named(_yearStart, YearEnd)!;
        CurrentYearInstant = Named(null, YearEnd)!;
        NextYearDuration = Named(_yearStart.AddYears(1), YearEnd.AddYears(1))!;
    }

    /// <summary>How many quarters the report's period has (1–4).</summary>
    public int Quarter { get; }

    /// <summary>The last day of the current fiscal year.</summary>
    public DateOnly YearEnd => _yearStart.AddYears(1).AddDays(-1);

    public SummaryPeriod CurrentDuration { get; }

    public SummaryPeriod CurrentInstant { get; }

    public SummaryPeriod CurrentYearDuration { get; }

    public SummaryPeriod CurrentYearInstant { get; }

    public SummaryPeriod NextYearDuration { get; }

    /// <summary>The quarters in the report's period (its <see cref="ReportKind"/>); a period that is not whole quarters is a mapping error.</summary>
    public static int QuartersOf(ReportDataset dataset) =>
        dataset.Kind?.Quarters ?? throw NotAQuarter(dataset.Periods[dataset.Report.Current]);

    public SummaryPeriod Of(FormPeriod period) => period switch
    {
        FormPeriod.CurrentDuration => CurrentDuration,
        FormPeriod.CurrentYearDuration => CurrentYearDuration,
        FormPeriod.CurrentYearInstant => CurrentYearInstant,
        FormPeriod.NextYearDuration => NextYearDuration,
        _ => CurrentInstant,
    };

    /// <summary>The TDnet name of a dataset period, or null when TDnet has none for it (a three-month period, another year).</summary>
    public SummaryPeriod? Of(Period period) => Named(period.Start, period.End);

    private SummaryPeriod? Named(DateOnly? start, DateOnly end)
    {
        foreach (var (year, prefix) in new[] { (_yearStart, "Current"), (_yearStart.AddYears(-1), "Prior"), (_yearStart.AddYears(1), "Next") })
        {
            if (start is { } from && from != year)
                continue;
            if (Quarters(year, end) is { } quarters)
            {
                var span = quarters == 4 ? "Year" : $"AccumulatedQ{quarters}";
                return new SummaryPeriod(prefix + span + (start is null ? "Instant" : "Duration"), start, end);
            }
        }
        return null;
    }

    /// <summary>Whole quarters (1–4) from <paramref name="from"/> to <paramref name="end"/> (inclusive), counted in the nearest
    /// whole months as the documents count them (a 52/53-week half year ending September 28 is two); else null.</summary>
    private static int? Quarters(DateOnly from, DateOnly end) =>
        end >= from && CalendarMonths.Between(from, end.AddDays(1)) is { } months and (3 or 6 or 9 or 12) ? months / 3 : null;

    private static XbrlMappingException NotAQuarter(Period period) =>
        new(period.Key, $"The report's period '{period.Key}' is not one, two, three or four quarters from the start of a month; TDnet names its contexts by quarter.");
}
