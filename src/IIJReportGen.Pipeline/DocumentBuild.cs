using System.Diagnostics;
using System.Runtime.ExceptionServices;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;
using IIJReportGen.Markup;
using IIJReportGen.Pdf;
using IIJReportGen.Templating;
using IIJReportGen.Xbrl.Tdnet;

namespace IIJReportGen.Pipeline;

/// <summary>What one document's build came to: its findings and files, kept apart until the build stages them in the
/// documents' order, and the document itself when no stage reported errors.</summary>
internal sealed class DocumentOutcome(string name)
{
    // Each stages one file (bytes made elsewhere, or a PDF or text held in blocks).
    private readonly List<Action<StagedOutputs>> _files = [];

    public string Name { get; } = name;

    public DiagnosticBag Findings { get; } = new();

    public BuiltDocument? Built { get; set; }

    /// <summary>How long the document took on its own thread.</summary>
    public TimeSpan Time { get; set; }

    public void Write(string path, byte[] bytes) => _files.Add(staged => staged.Write(path, bytes));

    public void Write(string path, OutputBytes bytes) => _files.Add(staged => staged.Write(path, bytes));

    public void Write(string path, string text) => Write(path, OutputBytes.Utf8(text));

    /// <summary>Stages the files and adds the findings, as they came.</summary>
    public void Into(StagedOutputs staged, DiagnosticBag diagnostics)
    {
        foreach (var stage in _files)
            stage(staged);
        diagnostics.AddRange(Findings);
    }
}

/// <summary>What every PDF of a build is made with beside its document: the files it carries inside (<see cref="AttachedFiles"/>)
/// and the release date it is dated with.</summary>
internal sealed record PdfInputs(IReadOnlyList<PdfAttachment> Attachments, DateTimeOffset Date);

/// <summary>The documents through the pipeline, in memory: template → XHTML → layout → PDF and text rendition.</summary>
/// <remarks>The XHTML and the stylesheet go to Markup as the strings just made, never read back from the staging folder.
/// The documents share only what does not change while they are built (the model, the TDnet summary, the templates read once,
/// the attachments) or what guards itself (font and template caches), so they may be built at once; each keeps its findings and
/// files apart, and the build takes them in the documents' order, so the outputs and findings are the same on any number of threads.</remarks>
/// <param name="summary">The TDnet summary the Inline XBRL documents are tagged with; null for a build of documents that tag none.</param>
/// <param name="pdf">What the PDFs need, waited for only when a PDF is written (the lead document is laid out before the build's
/// checks are done); null when the build stops before its PDFs, which leaves the document unbuilt.</param>
internal sealed class DocumentBuild(ReportModel model, TdnetSummary? summary, TemplateFiles templates, BuildRequest request,
    Task<PdfInputs?> pdf)
{
    /// <summary>Builds every document, up to <paramref name="threads"/> at once; the outcomes in the documents' order.</summary>
    public IReadOnlyList<DocumentOutcome> RunAll(IReadOnlyList<string> documents, int threads)
    {
        var outcomes = new DocumentOutcome[documents.Count];
        if (threads <= 1)
        {
            for (var i = 0; i < documents.Count; i++)
                outcomes[i] = Run(documents[i]);
            return outcomes;
        }
        try
        {
            Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => outcomes[i] = Run(documents[i]));
        }
        catch (AggregateException e)
        {
            // As one thread would have thrown it: a fault of the machine stays an IOException the build reports as such.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return outcomes;
    }

    /// <summary>Builds the document: its XHTML, layout and fact uses, unless a stage reported errors.</summary>
    public DocumentOutcome Run(string document)
    {
        var clock = Stopwatch.StartNew();
        var outcome = new DocumentOutcome(document);
        outcome.Built = Build(document, outcome);
        outcome.Time = clock.Elapsed;
        return outcome;
    }

    private BuiltDocument? Build(string document, DocumentOutcome outputs)
    {
        var diagnostics = outputs.Findings;
        var rendered = BuildTrace.Stage(document + " render", () => DocumentRendering.Render(model, templates, document, DraftBuild.Rendering(request), summary));
        diagnostics.AddRange(rendered.Diagnostics);
        if (!rendered.Succeeded)
            return null;
        var stylesheet = $"{document}/style.css";
        outputs.Write(document + ".xhtml", rendered.Xhtml);
        outputs.Write(document + ".css", templates.Bytes(stylesheet));
        // Findings name what a person edits: template lines (through the renderer's source map) and the templates folder's
        // stylesheet, which stands in for the copy the XHTML links; images are looked up beside the document's template.
        var markup = BuildTrace.Stage(document + " markup", () => MarkupDocument.Parse(rendered.Xhtml, rendered.Source, templates.Text(stylesheet),
            templates.DisplayPath(stylesheet), new MarkupOptions { ResourceRoot = templates.PathOf(document) }));
        diagnostics.AddRange(markup.Diagnostics);
        if (markup.Document is null)
            return null;
        var laidOut = DraftBuild.Marked(request, BuildTrace.Stage(document + " layout", markup.Document.Layout));
        if (laidOut.Diagnostics.HasErrors)
        {
            diagnostics.AddRange(laidOut.Diagnostics);
            return null;
        }
        if (pdf.GetAwaiter().GetResult() is not (var attachments, var date))
            return null;
        using (BuildTrace.Stage(document + " pdf"))
        {
            var bytes = new OutputBytes();
            PdfRenderer.Render(laidOut, bytes, DraftBuild.Metadata(request, Metadata(markup.Properties, date)), attachments);
            outputs.Write(document + ".pdf", bytes);
        }
        // After the PDF, so its font findings (PDF001, PDF002) are among them.
        diagnostics.AddRange(laidOut.Diagnostics);
        outputs.Write(document + ".txt", BuildTrace.Stage(document + " text", () => PlainTextRendition.Write(laidOut)));
        if (request.PngDpi is { } dpi)
            for (var page = 0; page < laidOut.Pages.Count; page++)
                outputs.Write($"png/{document}-{page + 1:00}.png", PngRenderer.RenderPage(laidOut, page, dpi));
        return new BuiltDocument(document, rendered.Xhtml, rendered.Source, laidOut, rendered.FactUses);
    }

    /// <summary>The summary filing for the TDnet package (XBRLData/Summary), rendered where it is written so its link to the
    /// taxonomy resolves from there; null when it has errors (they are in <paramref name="findings"/>).</summary>
    public RenderResult? RenderPackageSummary(DiagnosticBag findings)
    {
        var rendered = DocumentRendering.Render(model, templates, RenderOptions.PackageDocument, new RenderOptions(Folder: TdnetPackage.Folder), summary);
        findings.AddRange(rendered.Diagnostics);
        return rendered.Succeeded ? rendered : null;
    }

    /// <summary>The package summary's stylesheet, staged beside it.</summary>
    public byte[] PackageStylesheet => templates.Bytes($"{RenderOptions.PackageDocument}/style.css");

    private PdfMetadata Metadata(DocumentProperties properties, DateTimeOffset date) => new(date, date)
    {
        Title = properties.Title,
        Author = properties.Author.Length > 0 ? properties.Author : model.Dataset.Company.Name,
        Subject = properties.Subject,
        Keywords = properties.Keywords,
        Language = properties.Language,
    };
}
