using IIJReportGen.Dataset.Measures;
using IIJReportGen.Templating;

namespace IIJReportGen.Pipeline;

/// <summary>Renders a dataset's documents as XHTML only (no layout), for comparing two datasets' prose and tables.</summary>
public static class DocumentRendering
{
    /// <summary>Every document's XHTML by document name; null when a template has errors.</summary>
    public static IReadOnlyDictionary<string, string>? RenderXhtml(ReportModel model, string templatesRoot)
    {
        var templates = new TemplateFiles(templatesRoot);
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in BuildRequest.Documents)
        {
            var rendered = DocumentRenderer.Render(model, templates, document);
            if (!rendered.Succeeded)
                return null;
            documents[document] = rendered.Xhtml;
        }
        return documents;
    }
}
