using System.Globalization;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;
using IIJReportGen.Markup;
using IIJReportGen.Pdf;
using IIJReportGen.Templating;
using IIJReportGen.Xbrl;

namespace IIJReportGen.Pipeline;

/// <summary>One document through the pipeline, in memory: template → XHTML → layout → PDF and text rendition, each staged.</summary>
/// <remarks>The XHTML and the stylesheet go to Markup as the strings just made, never read back from the staging folder.</remarks>
/// <param name="attachments">The files every PDF carries inside (<see cref="AttachedFiles"/>).</param>
internal sealed class DocumentBuild(ReportModel model, XbrlVocabulary vocabulary, TemplateFiles templates, BuildRequest request, StagedOutputs outputs,
    DiagnosticBag diagnostics, IReadOnlyList<PdfAttachment> attachments)
{
    /// <summary>Builds the document; returns its XHTML, layout and fact uses, or null when a stage reported errors.</summary>
    public BuiltDocument? Run(string document, DateTimeOffset date)
    {
        var rendered = DocumentRenderer.Render(model, templates, document, vocabulary: vocabulary);
        diagnostics.AddRange(rendered.Diagnostics);
        if (!rendered.Succeeded)
            return null;
        var (xhtml, css) = (document + ".xhtml", document + ".css");
        var stylesheet = templates.Text($"{document}/style.css");
        outputs.Write(xhtml, rendered.Xhtml);
        outputs.Write(css, templates.Bytes($"{document}/style.css"));
        // The template's stylesheet stands in for the copy the XHTML links, so CSS and font findings name templates/<document>/style.css.
        var markup = MarkupDocument.Parse(rendered.Xhtml, SourceMap.Identity(rendered.Xhtml, outputs.PathOf(xhtml)), stylesheet, templates.DisplayPath($"{document}/style.css"));
        if (markup.Document is null)
        {
            diagnostics.AddRange(KeptForInspection([xhtml, css], markup.Diagnostics));
            return null;
        }
        diagnostics.AddRange(markup.Diagnostics);
        var laidOut = markup.Document.Layout();
        if (laidOut.Diagnostics.HasErrors)
        {
            diagnostics.AddRange(KeptForInspection([xhtml, css], laidOut.Diagnostics));
            return null;
        }
        using (var pdf = new MemoryStream())
        {
            PdfRenderer.Render(laidOut, pdf, Metadata(markup.Properties, date), attachments);
            outputs.Write(document + ".pdf", pdf.ToArray());
        }
        // After the PDF, so its font findings (PDF001, PDF002) are among them.
        diagnostics.AddRange(laidOut.Diagnostics);
        outputs.Write(document + ".txt", PlainTextRendition.Write(laidOut));
        if (request.PngDpi is { } dpi)
            for (var page = 0; page < laidOut.Pages.Count; page++)
                outputs.Write($"png/{document}-{page + 1:00}.png", PngRenderer.RenderPage(laidOut, page, dpi));
        return new BuiltDocument(document, rendered.Xhtml, laidOut, rendered.FactUses);
    }

    /// <summary>The failed document's XHTML and stylesheet, written where they survive the discarded build, with findings pointing there.</summary>
    /// <remarks>Markup findings name lines of the rendered XHTML; the staging folder is deleted, so the user gets a file that still exists.</remarks>
    private IEnumerable<Diagnostic> KeptForInspection(string[] files, DiagnosticBag findings)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"iijreport-rendered-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}");
        Directory.CreateDirectory(folder);
        foreach (var file in outputs.Files.Where(f => files.Contains(f.Path)))
            File.WriteAllBytes(Path.Combine(folder, file.Path), file.Bytes);
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
        Language = properties.Language,
    };
}
