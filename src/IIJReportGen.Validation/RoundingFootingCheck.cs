using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>Warns where a table shown in millions prints parts that do not add up to its printed total, as IR tools do.</summary>
/// <remarks>The figures are the cells as the table's document shows them (<see cref="FigureCell"/>, <see cref="Presentation"/>).</remarks>
internal sealed class RoundingFootingCheck(ReportModel model, DiagnosticBag diagnostics)
{
    public int Run()
    {
        var count = 0;
        foreach (var table in model.Dataset.Tables.Where(t => t.Display == DisplayScale.Millions))
        {
            var presentation = Presentation.For(model, table.Document);
            foreach (var footing in Footing.Of(model.Dataset.LinesOf(table)))
                foreach (var column in TableCells.ValueColumns(table))
                {
                    count++;
                    Check(presentation, table, footing, column);
                }
        }
        return count;
    }

    private void Check(Presentation presentation, Table table, Footing footing, TableColumn column)
    {
        if (FigureCell.Of(model, table, footing.Total, column) is not { } cell || presentation.Show(cell) is not { Value: { } total } shown)
            return;
        var parts = footing.Parts.Select(p => (p.Weight, Shown: Shown(presentation, table, p, column))).ToList();
        if (parts.Any(p => p.Shown is null))
            return;
        var sum = parts.Sum(p => p.Weight * p.Shown!.Value);
        if (sum == total)
            return;
        string Text(decimal value) => NumberText.Format(value, shown.Decimals, NegativeStyle.Minus);
        var shownParts = string.Join(" ", parts.Select((p, i) => (p.Weight < 0 ? "- " : i == 0 ? "" : "+ ") + Text(p.Shown!.Value)));
        diagnostics.Add(Diagnostic.Warning(ValidationCodes.RoundingFooting,
            $"Table '{table.Key}', {cell.Period}: the shown parts {shownParts} = {Text(sum)} do not foot to the shown total '{footing.Total.Concept}' {Text(total)} (JPY millions) because each figure is rounded separately.",
            footing.Total.Location,
            "Usually acceptable; add a note such as \"figures may not add up due to rounding\" if the document has none."));
    }

    /// <summary>The value a line shows in the column, rounded as shown.</summary>
    private decimal? Shown(Presentation presentation, Table table, TableLine line, TableColumn column) =>
        FigureCell.Of(model, table, line, column) is { } cell ? presentation.Show(cell)?.Value : null;
}
