using IIJReportGen.Templating;
using IIJReportGen.Validation;

namespace IIJReportGen.Pipeline;

/// <summary>What `validate` checks beyond what `build` checks before it renders: every document rendered in memory as the build
/// renders it (<see cref="DocumentRendering.Render"/>), so each fact, date, period and text the templates ask for that the
/// dataset lacks is found now — all of them, each at its template line — and not by the build. Nothing is written.</summary>
/// <remarks>The build does not run it: it renders anyway, through the same call, and says the same findings.</remarks>
internal static class RenderCheck
{
    public static void Run(CheckedInputs inputs)
    {
        if (inputs is not { Dataset.Model: { } model, Summary: { } summary })
            return;
        // A figure a table or text shows is already VAL005 at the table or text: not again at the template that shows it.
        var reported = FactsToFill.Missing(model).Select(f => (f.Id, f.Period)).ToHashSet();
        foreach (var document in BuildRequest.Documents)
        {
            var rendered = DocumentRendering.Render(model, inputs.Templates, document, summary: summary, reported: reported);
            inputs.Diagnostics.AddRange(rendered.Diagnostics);
            if (rendered.Succeeded && RenderOptions.InlineXbrlDocuments.Contains(document))
                InlineXbrlFindings.Check(rendered.Xhtml, rendered.Source, document, "", summary, inputs.Diagnostics);
        }
    }
}
