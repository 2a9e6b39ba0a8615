using IIJReportGen.Dataset.Measures;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>The VAL005 finding of a figure asked for where the dataset's own checks cannot see it (a template line): at that
/// place, saying where in the dataset to type each fact it lacks.</summary>
public static class MissingFactFinding
{
    /// <param name="message">What is missing, in the words of what asked for it.</param>
    /// <param name="where">Where it was asked for (a template file:line:col).</param>
    /// <param name="otherwise">The hint when no fact to type can be named (the figure is asked for a period it cannot have).</param>
    public static Diagnostic Of(ReportModel model, string id, string period, string message, SourceLocation where, string otherwise)
    {
        var facts = FactsToFill.Trace(model, [new MissingFigure(id, period, where.File)]);
        var hint = facts.Count == 0
            ? otherwise
            : $"Add {(facts.Count == 1 ? "a value" : "values")} in the dataset at {string.Join(", ", facts.Select(f => $"$.concepts.{f.Concept.Key}.values[\"{f.Period}\"]"))} (null for a dash).";
        return Diagnostic.Error(ValidationCodes.MissingFact, message, where, hint);
    }
}
