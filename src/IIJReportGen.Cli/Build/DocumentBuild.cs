using System.Globalization;
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
        if (markup.Document is null)
        {
            diagnostics.AddRange(KeptForInspection(document, markup.Diagnostics));
            return null;
        }
        diagnostics.AddRange(markup.Diagnostics);
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

    /// <summary>The failed document's XHTML and stylesheet, copied where they survive the discarded build, with findings pointing there.</summary>
    /// <remarks>Markup findings name lines of the rendered XHTML; the staging folder is deleted, so the user gets a file that still exists.</remarks>
    private IEnumerable<Diagnostic> KeptForInspection(string document, DiagnosticBag findings)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"iijreport-rendered-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}");
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { document + ".xhtml", document + ".css" })
            File.Copy(outputs.PathFor(file), Path.Combine(folder, file), overwrite: true);
        var staged = Path.GetFullPath(outputs.Staging);
        return findings.Select(f => f.Location is { } at && Path.GetFullPath(at.File).StartsWith(staged, StringComparison.Ordinal)
            ? f with { Location = at with { File = Path.Combine(folder, Path.GetRelativePath(staged, Path.GetFullPath(at.File))) } }
            : f);
    }

    private PdfMetadata Metadata(DocumentProperties properties, DateTimeOffset date) => new(date, date)
    {
        Title = properties.Title,
        Author = properties.Author.Length > 0 ? properties.Author : model.Dataset.Company.Name,
        Subject = properties.Subject,
        Keywords = properties.Keywords,
    };
}
