using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>Every figure a table shows must have a value: a missing fact would print as a blank.</summary>
internal sealed class MissingFactCheck(Presentation presentation, DiagnosticBag diagnostics)
{
    private ReportModel Model => presentation.Model;

    public int Run()
    {
        var cells = 0;
        foreach (var table in Model.Dataset.Tables)
            foreach (var line in Model.Dataset.LinesOf(table).Where(l => l.Concept is not null))
                foreach (var column in table.Columns)
                {
                    cells++;
                    Check(table, line, column);
                }
        return cells;
    }

    private void Check(Table table, TableLine line, TableColumn column)
    {
        var id = line.Concept!;
        // An optional column, or one that does not show this kind of figure (US$ of a count), is blank by design.
        if (column.Optional || FigureCell.FormOf(Model, table, id, column.Measure) is null)
            return;
        var cell = FigureCell.Of(Model, table, line, column);
        if (cell is not null && presentation.Show(cell) is not null)
            return;
        var period = cell?.Period ?? Model.PeriodOf(line, column.Period);
        if (period is not null && Model.Value(id, period) is not null)
            period = Model.Comparative(period, cell?.Vs); // the period has its value: what it compares with lacks one
        var shown = period ?? $"the {line.At.ToString().ToLowerInvariant()} of {column.Period}";
        diagnostics.Add(Diagnostic.Error(ValidationCodes.MissingFact,
            $"Table '{table.Key}' shows '{id}' for {shown}, but the dataset has no value for it.",
            line.Location,
            Model.Dataset.Concepts.Contains(id)
                ? $"Add \"{period ?? "…"}\": <figure> to the values of concept '{id}' (use null for a dash)."
                : $"Measure '{id}' cannot be computed for {shown}: add the facts its expression uses."));
    }
}
