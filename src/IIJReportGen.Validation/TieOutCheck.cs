using IIJReportGen.Dataset.Expressions;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>Checks the declared cross-statement rules (LEFT = RIGHT) for every period where both sides have values.</summary>
internal sealed class TieOutCheck(ReportModel model, DiagnosticBag diagnostics)
{
    public int Run()
    {
        var count = 0;
        foreach (var tieOut in model.Dataset.TieOuts)
        {
            var applied = 0;
            foreach (var period in tieOut.Periods ?? model.Dataset.Periods.Keys.ToList())
            {
                if (model.Evaluate(tieOut.Left, period) is not { } left || model.Evaluate(tieOut.Right, period) is not { } right)
                    continue;
                applied++;
                if (Math.Abs(left - right) > Tolerance(tieOut.Left) + Tolerance(tieOut.Right))
                    diagnostics.Add(Diagnostic.Error(ValidationCodes.TieOutFails,
                        $"Tie-out '{tieOut.Id}' fails for {period}: {tieOut.Rule} gives {Show(left)} = {Show(right)} (difference {Show(left - right)}). {tieOut.Description}.",
                        tieOut.Location, "One of the figures in this rule was typed wrong: compare them with the source statements."));
            }
            if (applied == 0)
                diagnostics.Add(Diagnostic.Warning(ValidationCodes.TieOutNeverApplies,
                    $"Tie-out '{tieOut.Id}' applies to no period: some figure of \"{tieOut.Rule}\" has no value in any period.",
                    tieOut.Location, "Check the ids and periods in the rule."));
            count += applied;
        }
        return count;
    }

    /// <summary>Half a unit of precision of every typed figure the expression reads (linear rules).</summary>
    private decimal Tolerance(Expression expression) => expression.References().Sum(reference =>
        model.Dataset.Measures.TryGet(reference.Id, out var measure)
            ? Tolerance(measure.Expression)
            : Powers.Ten(-model.BaseDecimals(reference.Id)) / 2m);

    private static string Show(decimal value) => NumberText.Format(value, value % 1 == 0 ? 0 : 2, NegativeStyle.Minus);
}
