using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Validation;

/// <summary>The figure cells of a table: each line with a concept, in each column that shows a period's own value.</summary>
internal static class TableCells
{
    /// <summary>The first column showing each period's own value (not US$ or a change), in table order.</summary>
    public static IEnumerable<TableColumn> ValueColumns(Table table) =>
        table.Columns.Where(c => c.Measure == Derivation.Value).DistinctBy(c => c.Period);

    /// <summary>The distinct periods shown as values in a table.</summary>
    public static IEnumerable<string> ValuePeriods(Table table) => ValueColumns(table).Select(c => c.Period);

    /// <summary>Where a finding about a cell points: the typed fact if there is one, else the table line.</summary>
    public static Diagnostics.SourceLocation LocationOf(ReportDataset dataset, TableLine line, string? period) =>
        line.Concept is { } id && period is not null && dataset.Concepts.TryGet(id, out var concept) && concept.Values.TryGetValue(period, out var value)
            ? value.Location
            : line.Location;
}
