using IIJReportGen.Dataset.Measures;
using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;
using IIJReportGen.Markup;
using IIJReportGen.Pdf;
using IIJReportGen.Templating;

namespace IIJReportGen.Cli.Build;

/// <summary>One document through the pipeline: template → XHTML → layout → PDF and text rendition, all staged.</summary>
internal sealed class DocumentBuild(ReportModel model, BuildRequest request, StagedOutputs outputs, DiagnosticBag diagnostics)
{
    /// <summary>Builds the document; returns its layout and fact uses, or null when a stage reported errors.</summary>
    public BuiltDocument? Run(string document, DateTimeOffset date)
    {
        var rendered = DocumentRenderer.Render(model, request.TemplatesRoot, document);
        diagnostics.AddRange(rendered.Diagnostics);
        if (!rendered.Succeeded)
            return null;
        outputs.Write(document + ".xhtml", rendered.Xhtml);
        outputs.Write(document + ".css", File.ReadAllBytes(Path.Combine(request.TemplatesRoot, document, "style.css")));
        var markup = MarkupDocument.Load(outputs.PathFor(document + ".xhtml"));
        diagnostics.AddRange(markup.Diagnostics);
        if (markup.Document is null)
            return null;
        var laidOut = markup.Document.Layout();
        diagnostics.AddRange(laidOut.Diagnostics);
        using (var pdf = File.Create(outputs.PathFor(document + ".pdf")))
            PdfRenderer.Render(laidOut, pdf, Metadata(markup.Properties, date));
        outputs.Write(document + ".txt", PlainTextRendition.Write(laidOut));
        if (request.PngDpi is { } dpi)
            for (var page = 0; page < laidOut.Pages.Count; page++)
                outputs.Write($"png/{document}-{page + 1:00}.png", PngRenderer.RenderPage(laidOut, page, dpi));
        return new BuiltDocument(document, laidOut, rendered.FactUses);
    }

    private PdfMetadata Metadata(DocumentProperties properties, DateTimeOffset date) => new(date, date)
    {
        Title = properties.Title,
        Author = properties.Author.Length > 0 ? properties.Author : model.Dataset.Company.Name,
        Subject = properties.Subject,
        Keywords = properties.Keywords,
    };
}
