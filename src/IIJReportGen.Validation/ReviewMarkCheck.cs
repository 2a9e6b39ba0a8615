using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Reviews;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>A text nobody has read as it now stands (carried over by a roll-forward, reworded, or citing a changed figure) must not be published.</summary>
internal sealed class ReviewMarkCheck(ReportModel model, DiagnosticBag diagnostics)
{
    public int Run()
    {
        foreach (var text in TextReviews.ToReview(model))
        {
            var why = model.Dataset.Reviewed.Contains(text.Key)
                ? "has changed since it was reviewed (its words or a figure it cites)"
                : "has not been reviewed";
            diagnostics.Add(Diagnostic.Error(ValidationCodes.TextNotReviewed,
                $"Text '{text.Key}' is to review: it {why}.",
                text.Location,
                $"Read it with the figures it cites, rewrite it if needed, then run 'iijreport review {model.Dataset.File} {text.Key}'."));
        }
        return model.Dataset.Texts.Count;
    }
}
