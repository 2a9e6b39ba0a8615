using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>Runs every check on a loaded dataset: calculations, tie-outs, published figures, rounding footing, missing facts, and
/// the words of its texts and labels against its figures (sign words), periods (dates stated) and currencies; texts to review.</summary>
public static class DatasetValidator
{
    /// <summary>Validates a dataset on its own (a build hands its one model to <see cref="Validate(ReportModel)"/> instead).</summary>
    public static ValidationReport Validate(ReportDataset dataset) => Validate(new ReportModel(dataset));

    /// <summary>The findings of every check, in a stable order (check by check, in document order).</summary>
    public static ValidationReport Validate(ReportModel model)
    {
        var presentation = Presentation.For(model, document: null);
        var diagnostics = new DiagnosticBag();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["missing facts"] = new MissingFactCheck(presentation, diagnostics).Run(),
            ["calculations"] = new CalculationCheck(model, diagnostics).Run(),
            ["tie-outs"] = new TieOutCheck(model, diagnostics).Run(),
            ["published figures"] = new PublishedFigureCheck(presentation, diagnostics).Run(),
            ["rounding footings"] = new RoundingFootingCheck(model, diagnostics).Run(),
            ["sign words"] = new SignWordCheck(presentation, diagnostics).Run(),
            ["dates stated"] = new DateLabelCheck(model.Dataset, diagnostics).Run(),
            ["currency words"] = new CurrencyWordCheck(model, diagnostics).Run(),
            ["texts to confirm"] = TextToConfirmCheck.Run(model.Dataset, diagnostics),
            ["texts reviewed"] = new ReviewMarkCheck(model, diagnostics).Run(),
            ["report quarter"] = QuarterKindCheck.Run(model.Dataset, diagnostics),
            ["business days"] = BusinessDayCheck.Run(model.Dataset, diagnostics),
        };
        return new ValidationReport(diagnostics, counts);
    }
}

/// <summary>The findings of validation and how many comparisons each check made.</summary>
public sealed record ValidationReport(DiagnosticBag Diagnostics, IReadOnlyDictionary<string, int> ChecksRun);
