using IIJReportGen.Dataset.Measures;
using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;
using IIJReportGen.Markup;
using IIJReportGen.Pdf;
using IIJReportGen.Templating;
using IIJReportGen.Xbrl.Tdnet;

namespace IIJReportGen.Pipeline;

/// <summary>One document through the pipeline, in memory: template → XHTML → layout → PDF and text rendition, each staged.</summary>
/// <remarks>The XHTML and the stylesheet go to Markup as the strings just made, never read back from the staging folder.</remarks>
/// <param name="attachments">The files every PDF carries inside (<see cref="AttachedFiles"/>).</param>
internal sealed class DocumentBuild(ReportModel model, TdnetSummary summary, TemplateFiles templates, BuildRequest request, StagedOutputs outputs,
    DiagnosticBag diagnostics, IReadOnlyList<PdfAttachment> attachments)
{
    /// <summary>Builds the document; returns its XHTML, layout and fact uses, or null when a stage reported errors.</summary>
    public BuiltDocument? Run(string document, DateTimeOffset date)
    {
        var rendered = DocumentRenderer.Render(model, templates, document, DraftBuild.Rendering(request), summary);
        diagnostics.AddRange(rendered.Diagnostics);
        if (!rendered.Succeeded)
            return null;
        var stylesheet = $"{document}/style.css";
        outputs.Write(document + ".xhtml", rendered.Xhtml);
        outputs.Write(document + ".css", templates.Bytes(stylesheet));
        // Findings name what a person edits: template lines (through the renderer's source map) and the templates folder's
        // stylesheet, which stands in for the copy the XHTML links; images are looked up beside the document's template.
        var markup = MarkupDocument.Parse(rendered.Xhtml, rendered.Source, templates.Text(stylesheet), templates.DisplayPath(stylesheet),
            new MarkupOptions { ResourceRoot = templates.PathOf(document) });
        diagnostics.AddRange(markup.Diagnostics);
        if (markup.Document is null)
            return null;
        var laidOut = DraftBuild.Marked(request, markup.Document.Layout());
        if (laidOut.Diagnostics.HasErrors)
        {
            diagnostics.AddRange(laidOut.Diagnostics);
            return null;
        }
        using (var pdf = new MemoryStream())
        {
            PdfRenderer.Render(laidOut, pdf, DraftBuild.Metadata(request, Metadata(markup.Properties, date)), attachments);
            outputs.Write(document + ".pdf", pdf.ToArray());
        }
        // After the PDF, so its font findings (PDF001, PDF002) are among them.
        diagnostics.AddRange(laidOut.Diagnostics);
        outputs.Write(document + ".txt", PlainTextRendition.Write(laidOut));
        if (request.PngDpi is { } dpi)
            for (var page = 0; page < laidOut.Pages.Count; page++)
                outputs.Write($"png/{document}-{page + 1:00}.png", PngRenderer.RenderPage(laidOut, page, dpi));
        return new BuiltDocument(document, rendered.Xhtml, rendered.Source, laidOut, rendered.FactUses);
    }

    /// <summary>The summary filing for the TDnet package (XBRLData/Summary), rendered where it is written so its link to the
    /// taxonomy resolves from there, with its stylesheet staged beside it; null when it has errors (they are reported).</summary>
    public RenderResult? RenderPackageSummary()
    {
        var rendered = DocumentRenderer.Render(model, templates, RenderOptions.PackageDocument, new RenderOptions(Folder: TdnetPackage.Folder), summary);
        diagnostics.AddRange(rendered.Diagnostics);
        if (!rendered.Succeeded)
            return null;
        outputs.Write($"{TdnetPackage.Folder}/{RenderOptions.PackageDocument}.css", templates.Bytes($"{RenderOptions.PackageDocument}/style.css"));
        return rendered;
    }

    private PdfMetadata Metadata(DocumentProperties properties, DateTimeOffset date) => new(date, date)
    {
        Title = properties.Title,
        Author = properties.Author.Length > 0 ? properties.Author : model.Dataset.Company.Name,
        Subject = properties.Subject,
        Keywords = properties.Keywords,
        Language = properties.Language,
    };
}
