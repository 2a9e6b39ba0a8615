using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Review.Alignment;

namespace IIJReportGen.Review.Facts;

/// <summary>One figure cell of a dataset table as the document shows it ("54,397", "6.4", "n.m.", "-"; empty when it cannot be derived).</summary>
public sealed record ShownCell(string Table, string TableTitle, string Line, string LineLabel, string Column, string ColumnHeading, string Figure, string Period, string Text);

/// <summary>Writes every figure cell of a dataset's tables the way the documents show it (<see cref="FigureCell"/>, <see cref="Presentation"/>
/// with the table's document's policies): a nil figure is its dash, a cell the table does not fill is empty.</summary>
public static class ShownCells
{
    /// <summary>Every figure cell, table by table, line by line, column by column.</summary>
    public static IReadOnlyList<ShownCell> Of(ReportModel model)
    {
        var dataset = model.Dataset;
        var cells = new List<ShownCell>();
        foreach (var table in dataset.Tables)
        {
            var presentation = Presentation.For(model, table.Document);
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
                    var cell = FigureCell.Of(model, table, lines[l], column);
                    var text = cell is null ? "" : presentation.Show(cell)?.Text ?? "";
                    cells.Add(new ShownCell(table.Key, table.Title, lineKeys[l], lines[l].Label, columnKeys[c], Heading(dataset, column), id,
                        model.PeriodOf(lines[l], column.Period) ?? column.Period, text));
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
            Derivation.Usd => period + " US$",
            Derivation.YoyPercent => period + " YoY %",
            Derivation.Change => period + " change",
            _ => period,
        };
    }

    private static string ColumnKey(TableColumn column) => $"{column.Period}|{column.Measure}|{column.Vs}";
}
