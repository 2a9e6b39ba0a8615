using IIJReportGen.Dataset.Measures;
using IIJReportGen.Diagnostics;
using IIJReportGen.Templating;
using IIJReportGen.Validation;
using IIJReportGen.Xbrl.Tdnet;

namespace IIJReportGen.Pipeline;

/// <summary>Renders a dataset's documents in memory, with the findings `build` and `validate` both give for them.</summary>
public static class DocumentRendering
{
    /// <summary>One document, as the build renders it: the renderer's findings, and each figure the templates asked for that the
    /// dataset lacks as VAL005 at its template line (all of them, before the renderer's own error if one stopped it).</summary>
    /// <param name="reported">Figures (id, period) already reported missing elsewhere, not repeated.</param>
    public static RenderResult Render(ReportModel model, TemplateFiles templates, string document, RenderOptions? options = null,
        TdnetSummary? summary = null, IReadOnlySet<(string Id, string Period)>? reported = null)
    {
        var rendered = DocumentRenderer.Render(model, templates, document, options, summary);
        if (rendered.MissingUses.Count == 0)
            return rendered;
        var findings = new DiagnosticBag();
        // A figure a shared partial asks for is located at the line that names it, the partial's line said after the message.
        foreach (var use in rendered.MissingUses.Where(u => reported?.Contains((u.Id, u.Period)) != true).DistinctBy(u => (u.Id, u.Period, u.Template, u.Caller)))
            findings.Add(MissingFactFinding.Of(model, use.Id, use.Period, use.Caller is null ? use.Message : $"{use.Message} (via {use.Template})",
                use.Caller ?? use.Template, use.Hint));
        findings.AddRange(rendered.Diagnostics);
        return rendered with { Diagnostics = findings };
    }

    /// <summary>Every document's XHTML by document name; null when a template has errors.</summary>
    public static IReadOnlyDictionary<string, string>? RenderXhtml(ReportModel model, string templatesRoot)
    {
        var templates = new TemplateFiles(templatesRoot);
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in BuildRequest.Documents)
        {
            var rendered = Render(model, templates, document);
            if (!rendered.Succeeded)
                return null;
            documents[document] = rendered.Xhtml;
        }
        return documents;
    }
}
