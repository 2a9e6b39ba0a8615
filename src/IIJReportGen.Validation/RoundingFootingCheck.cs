using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>Warns where a table shown in millions prints parts that do not add up to its printed total, as IR tools do.</summary>
internal sealed class RoundingFootingCheck(ReportDataset dataset, ReportModel model, DiagnosticBag diagnostics)
{
    public int Run()
    {
        var count = 0;
        foreach (var table in dataset.Tables.Where(t => t.Display == DisplayScale.Millions))
        {
            var presentation = new Presentation(model, dataset.Policies.RoundingFor(table.Document));
            foreach (var footing in Footing.Of(dataset.LinesOf(table)))
                foreach (var column in TableCells.ValuePeriods(table))
                {
                    count++;
                    Check(presentation, table, footing, column);
                }
        }
        return count;
    }

    private void Check(Presentation presentation, Table table, Footing footing, string column)
    {
        var period = model.PeriodOf(footing.Total, column);
        if (period is null || presentation.Shown(footing.Total.Concept!, period, PublishedForm.Millions) is not { } total)
            return;
        var parts = footing.Parts.Select(p => (p.Weight, Shown: presentation.Shown(p.Concept!, period, PublishedForm.Millions))).ToList();
        if (parts.Any(p => p.Shown is null))
            return;
        var sum = parts.Sum(p => p.Weight * p.Shown!.Value);
        if (sum == total)
            return;
        var shownParts = string.Join(" ", parts.Select((p, i) => (p.Weight < 0 ? "- " : i == 0 ? "" : "+ ") + Millions(p.Shown!.Value)));
        diagnostics.Add(Diagnostic.Warning(ValidationCodes.RoundingFooting,
            $"Table '{table.Key}', {period}: the shown parts {shownParts} = {Millions(sum)} do not foot to the shown total '{footing.Total.Concept}' {Millions(total)} (JPY millions) because each figure is rounded separately.",
            footing.Total.Location,
            "Usually acceptable; add a note such as \"figures may not add up due to rounding\" if the document has none."));
    }

    private static string Millions(decimal value) => NumberText.Format(value, 0, NegativeStyle.Minus);
}
