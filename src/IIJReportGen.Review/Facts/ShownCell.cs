using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Review.Alignment;

namespace IIJReportGen.Review.Facts;

/// <summary>One figure cell of a dataset table as the document shows it ("54,397", "6.4", "n.m.", "-"; empty when it cannot be derived).</summary>
public sealed record ShownCell(string Table, string TableTitle, string Line, string LineLabel, string Column, string ColumnHeading, string Figure, string Period, string Text);

/// <summary>Writes every figure cell of a dataset's tables the way the documents show it: the table's display scale, the document's rounding.</summary>
/// <remarks>Follows the templates' statement cells: amounts at the table's scale, other units at their own precision, ratios as %.</remarks>
public static class ShownCells
{
    /// <summary>The nil (dash) cell text.</summary>
    public const string Nil = "-";

    /// <summary>Every figure cell, table by table, line by line, column by column.</summary>
    public static IReadOnlyList<ShownCell> Of(ReportDataset dataset)
    {
        var model = new ReportModel(dataset);
        var cells = new List<ShownCell>();
        foreach (var table in dataset.Tables)
        {
            var presentation = new Presentation(model, dataset.Policies.RoundingFor(table.Document));
            var lineKeys = OccurrenceKeys.Of(dataset.LinesOf(table).Select(l => l.Id ?? l.Label));
            var columnKeys = OccurrenceKeys.Of(table.Columns.Select(ColumnKey));
            var lines = dataset.LinesOf(table);
            for (var l = 0; l < lines.Count; l++)
            {
                if (lines[l].Concept is not { } id)
                    continue;
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var column = table.Columns[c];
                    var period = model.PeriodOf(lines[l], column.Period) ?? column.Period;
                    cells.Add(new ShownCell(table.Key, table.Title, lineKeys[l], lines[l].Label, columnKeys[c], Heading(dataset, column), id, period,
                        Text(presentation, table.Display, id, period, column)));
                }
            }
        }
        return cells;
    }

    /// <summary>A column's heading: its label, else the period's short name and what the column shows.</summary>
    public static string Heading(ReportDataset dataset, TableColumn column)
    {
        if (column.Label is { } label)
            return label;
        var period = dataset.Periods.TryGet(column.Period, out var p) ? p.Short : column.Period;
        return column.Measure switch
        {
            ColumnMeasure.Usd => period + " US$",
            ColumnMeasure.YoyPercent => period + " YoY %",
            ColumnMeasure.Change => period + " change",
            _ => period,
        };
    }

    private static string ColumnKey(TableColumn column) => $"{column.Period}|{column.Measure}|{column.Vs}";

    private static string Text(Presentation presentation, DisplayScale display, string id, string period, TableColumn column)
    {
        var model = presentation.Model;
        var policies = model.Dataset.Policies;
        if (column.Measure is ColumnMeasure.Value or ColumnMeasure.Usd && model.IsNil(id, period))
            return Nil;
        var (shown, decimals) = Shown(presentation, display, id, period, column);
        if (shown is { } value)
            return NumberText.Format(value, decimals, policies.NegativeStyle);
        return column.Measure == ColumnMeasure.YoyPercent && model.ChangeNotMeaningful(id, period, column.Vs)
            ? policies.PercentChange.BaseNotPositive
            : "";
    }

    private static (decimal? Shown, int Decimals) Shown(Presentation presentation, DisplayScale display, string id, string period, TableColumn column)
    {
        var model = presentation.Model;
        var unit = model.Dataset.Units.TryGet(model.Dataset.UnitOf(id), out var u) ? u : null;
        var amount = model.IsMonetary(id) && unit?.Denominator is null;
        var ratio = unit?.Xbrl == "xbrli:pure" && display != DisplayScale.Units;
        var own = Math.Max(model.BaseDecimals(id), 0);
        var scale = display switch { DisplayScale.Thousands => 3, DisplayScale.Millions => 6, _ => 0 };
        return column.Measure switch
        {
            ColumnMeasure.Value when amount => (presentation.Scaled(model.Value(id, period), scale), 0),
            ColumnMeasure.Value when ratio => (presentation.Shown(id, period, PublishedForm.Percent), presentation.PercentDecimals),
            ColumnMeasure.Value => (presentation.Shown(id, period, PublishedForm.Units), own),
            ColumnMeasure.Usd when amount && scale > 0 => (presentation.Scaled(model.Usd(id, period), scale), 0),
            ColumnMeasure.Usd => (presentation.Shown(id, period, PublishedForm.UsdUnits), 2),
            ColumnMeasure.YoyPercent => (presentation.Shown(id, period, PublishedForm.YoyPercent, column.Vs), presentation.PercentDecimals),
            _ when amount => (presentation.Scaled(model.Change(id, period, column.Vs), scale), 0),
            _ => (presentation.Shown(id, period, PublishedForm.ChangeUnits, column.Vs), own),
        };
    }

}
