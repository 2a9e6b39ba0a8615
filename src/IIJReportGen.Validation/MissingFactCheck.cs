using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>Every figure a table shows must have a value: a missing fact would print as a blank.</summary>
internal sealed class MissingFactCheck(ReportModel model, DiagnosticBag diagnostics)
{
    public int Run()
    {
        var cells = 0;
        foreach (var table in model.Dataset.Tables)
            foreach (var line in model.Dataset.LinesOf(table).Where(l => l.Concept is not null))
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
        var period = model.PeriodOf(line, column.Period);
        if (column.Optional)
            return;
        if (period is not null && model.Value(id, period) is not null)
        {
            if (column.Measure is ColumnMeasure.Value or ColumnMeasure.Usd)
                return;
            if (column.Measure == ColumnMeasure.YoyPercent && (model.ChangePercent(id, period, column.Vs) is not null || model.ChangeNotMeaningful(id, period, column.Vs)))
                return;
            if (column.Measure == ColumnMeasure.Change && model.Change(id, period, column.Vs) is not null)
                return;
            period = model.Comparative(period, column.Vs);
        }
        var shown = period ?? $"the {line.At.ToString().ToLowerInvariant()} of {column.Period}";
        diagnostics.Add(Diagnostic.Error(ValidationCodes.MissingFact,
            $"Table '{table.Key}' shows '{id}' for {shown}, but the dataset has no value for it.",
            line.Location,
            model.Dataset.Concepts.Contains(id)
                ? $"Add \"{period ?? "…"}\": <figure> to the values of concept '{id}' (use null for a dash)."
                : $"Measure '{id}' cannot be computed for {shown}: add the facts its expression uses."));
    }
}
