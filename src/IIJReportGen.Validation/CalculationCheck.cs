using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>Every total equals the weighted sum of its parts, per period, within the figures' precision.</summary>
/// <remarks>Exact where all figures share a precision; otherwise XBRL Calculations 1.1 intervals (see <see cref="Tolerance"/>).</remarks>
internal sealed class CalculationCheck(ReportModel model, DiagnosticBag diagnostics)
{
    public int Run()
    {
        var checkedKeys = new HashSet<(string, string, string)>();
        var count = 0;
        foreach (var table in model.Dataset.Tables)
        {
            var lines = model.Dataset.LinesOf(table);
            foreach (var footing in Footing.Of(lines))
                foreach (var column in TableCells.ValuePeriods(table))
                {
                    var period = model.PeriodOf(footing.Total, column);
                    if (period is null || !checkedKeys.Add((table.LinesFrom ?? table.Key, footing.Total.Id!, period)))
                        continue;
                    count++;
                    Check(table, footing, period);
                }
        }
        return count;
    }

    private void Check(Table table, Footing footing, string period)
    {
        var total = model.Value(footing.Total.Concept!, period);
        var parts = footing.Parts.Select(p => (Line: p, Value: model.Value(p.Concept!, period))).ToList();
        if (total is null || parts.Any(p => p.Value is null))
            return; // reported by the missing-fact check
        var sum = parts.Sum(p => p.Line.Weight * p.Value!.Value);
        var tolerance = Tolerance.For(footing.Parts.Select(p => model.BaseDecimals(p.Concept!)).Append(model.BaseDecimals(footing.Total.Concept!)).ToList());
        if (Math.Abs(total.Value - sum) <= tolerance)
            return;
        diagnostics.Add(Diagnostic.Error(ValidationCodes.CalculationInconsistent,
            $"Table '{table.Key}', {period}: '{footing.Total.Concept}' is {Show(footing.Total.Concept!, total.Value)} but {footing.Formula} = {Show(footing.Total.Concept!, sum)} (difference {Show(footing.Total.Concept!, total.Value - sum)}).",
            TableCells.LocationOf(model.Dataset, footing.Total, period),
            "Correct the typed figure that differs from the source statement, or the line's \"parent\"/\"weight\"."));
    }

    /// <summary>A base value shown at the concept's typed scale, e.g. thousands.</summary>
    private string Show(string id, decimal value)
    {
        if (model.Dataset.Concepts.TryGet(id, out var concept))
            return NumberText.Format(value / Powers.Ten(concept.Scale), concept.Decimals, NegativeStyle.Minus);
        return NumberText.Format(value, Math.Max(model.BaseDecimals(id), 0), NegativeStyle.Minus);
    }
}
