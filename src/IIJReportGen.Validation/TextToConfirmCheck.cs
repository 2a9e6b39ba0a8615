using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>VAL011: a text whose words are not yet confirmed from a source says so (<c>"confirm": "why"</c>), and stays a
/// warning until someone confirms it, so an unconfirmed translation or wording is never published unnoticed. Not to be
/// confused with VAL012, which asks a person to read a text again after it or its figures changed.</summary>
public static class TextToConfirmCheck
{
    /// <summary>Reports every text marked "confirm"; returns how many texts it read.</summary>
    public static int Run(ReportDataset dataset, DiagnosticBag diagnostics)
    {
        foreach (var text in dataset.Texts.Where(t => t.ToConfirm is not null))
            diagnostics.Add(Diagnostic.Warning(ValidationCodes.TextToConfirm, $"Text '{text.Key}' is still to confirm: {text.ToConfirm}",
                text.Location, "Confirm the words from the source named, then remove \"confirm\" from the text."));
        return dataset.Texts.Count;
    }
}
