using IIJReportGen.Dataset.Expressions;
using IIJReportGen.Dataset.Figures;
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
                if (Math.Abs(left - right) > Tolerance.For(Precisions(tieOut.Left).Concat(Precisions(tieOut.Right)).ToList()))
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

    /// <summary>The base decimals of every typed figure the expression reads, through measures (rules are linear).</summary>
    private IEnumerable<int> Precisions(Expression expression) => expression.References().SelectMany(reference =>
        model.Dataset.Measures.TryGet(reference.Id, out var measure)
            ? Precisions(measure.Expression)
            : [model.BaseDecimals(reference.Id)]);

    private static string Show(decimal value) => NumberText.Format(value, value % 1 == 0 ? 0 : 2, NegativeStyle.Minus);
}
