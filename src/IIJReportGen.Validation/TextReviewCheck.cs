using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>VAL011: a text whose words are not yet confirmed from a source says so ("review"), and stays a warning until
/// someone confirms it, so an unconfirmed translation or wording is never published unnoticed.</summary>
public static class TextReviewCheck
{
    /// <summary>Reports every text marked "review"; returns how many texts it read.</summary>
    public static int Run(ReportDataset dataset, DiagnosticBag diagnostics)
    {
        foreach (var text in dataset.Texts.Where(t => t.Review is not null))
            diagnostics.Add(Diagnostic.Warning(ValidationCodes.TextToReview, $"Text '{text.Key}' is to review: {text.Review}",
                text.Location, "Confirm the words from a source, then remove \"review\" from the text."));
        return dataset.Texts.Count;
    }
}
