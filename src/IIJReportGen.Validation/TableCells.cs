using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Validation;

/// <summary>The figure cells of a table: each line with a concept, in each column that shows a period's own value.</summary>
internal static class TableCells
{
    /// <summary>The period a line reads in a column: the column's period, or the instant at its start or end.</summary>
    public static string? PeriodFor(ReportModel model, TableLine line, string columnPeriod) => line.At switch
    {
        LineInstant.Start => model.InstantAt(columnPeriod, opening: true),
        LineInstant.End => model.InstantAt(columnPeriod, opening: false),
        _ => columnPeriod,
    };

    /// <summary>The distinct periods shown as values (not US$ or changes) in a table.</summary>
    public static IEnumerable<string> ValuePeriods(Table table) =>
        table.Columns.Where(c => c.Measure == ColumnMeasure.Value).Select(c => c.Period).Distinct();

    /// <summary>Where a finding about a cell points: the typed fact if there is one, else the table line.</summary>
    public static Diagnostics.SourceLocation LocationOf(ReportDataset dataset, TableLine line, string? period) =>
        line.Concept is { } id && period is not null && dataset.Concepts.TryGet(id, out var concept) && concept.Values.TryGetValue(period, out var value)
            ? value.Location
            : line.Location;
}
