using System.Diagnostics;
using System.Runtime.ExceptionServices;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Templating;
using IIJReportGen.Xbrl;
using IIJReportGen.Xbrl.Tdnet;

namespace IIJReportGen.Pipeline;

/// <summary>What a build does beside its lead document (<see cref="ReportBuild"/>): the checks, then the XBRL filing and the
/// files every PDF carries, then the other documents, the TDnet package's summary and the Inline XBRL checks, then the SHA-256
/// of their fonts for the manifest. Each result is kept apart (findings in their own bags) for the build to take in its order,
/// so running beside the lead or before it gives the same outputs and findings.</summary>
/// <remarks>Past the checks it works on speculation: the build drops what it would not have come to (the package when a
/// document has errors), as one sequence would never have made it.</remarks>
internal sealed class FilingLane(BuildRequest request, LoadedDataset dataset, TemplateFiles templates, DateTimeOffset start)
{
    private readonly TaskCompletionSource<PdfInputs?> _pdf = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What every PDF needs; null when the build stops at its checks (or failed before it had them).</summary>
    public Task<PdfInputs?> Pdf => _pdf.Task;

    public CheckedInputs? Inputs { get; private set; }

    /// <summary>Time from the build's start to the end of its checks (--verbose's "load and check").</summary>
    public TimeSpan ChecksDone { get; private set; }

    public IReadOnlyList<XbrlFile> Filing { get; private set; } = [];

    public IReadOnlyList<DocumentOutcome> Documents { get; private set; } = [];

    public PackageSummary? Package { get; private set; }

    /// <summary>A fault past the checks (a full disk, missing fonts), thrown again where the build reports faults.</summary>
    public ExceptionDispatchInfo? Fault { get; private set; }

    /// <summary>Whether <see cref="Fault"/> came before any document was built (the lead's fault comes after it), as one
    /// sequence would have met it.</summary>
    public bool FaultBeforeDocuments => Fault is not null && !_documentsStarted;

    private bool _documentsStarted;

    /// <summary>Runs the checks and, when they pass, the rest; a fault in the checks themselves is thrown.</summary>
    public FilingLane Run(IReadOnlyList<string> documents)
    {
        try
        {
            Inputs = BuildTrace.Stage("checks", () => ReportChecks.Run(dataset, request.TemplatesRoot, templates, request.Draft));
            ChecksDone = DateTimeOffset.UtcNow - start;
            if (ReportBuild.Passed(Inputs) is { } passed)
                RunPast(passed, documents);
            return this;
        }
        finally
        {
            _pdf.TrySetResult(null);
        }
    }

    private void RunPast((ReportModel Model, XbrlVocabulary Vocabulary, TdnetSummary Summary, DateTimeOffset Release) inputs, IReadOnlyList<string> documents)
    {
        try
        {
            var (model, vocabulary, summary, date) = inputs;
            Filing = request.Draft ? [] : BuildTrace.Stage("XBRL filing", () => XbrlFiling.Render(vocabulary, summary));
            var attachments = BuildTrace.Stage("attachments", () => AttachedFiles.For(Filing, model, Inputs!.Dataset.Bytes!, request.Dataset, date));
            _pdf.TrySetResult(new PdfInputs(attachments, date));
            var build = new DocumentBuild(model, summary, templates, request, Pdf);
            _documentsStarted = true;
            Documents = build.RunAll(documents, request.Threads - 1);
            // The manifest names each font by its SHA-256: worked out here, not after the lead document is done.
            using (BuildTrace.Stage("font hashes"))
                foreach (var font in Documents.SelectMany(d => d.Built?.Layout.Fonts ?? []))
                    _ = font.Sha256;
            if (!Documents.Any(d => d.Findings.HasErrors) && !request.Draft)
                Package = BuildTrace.Stage("TDnet package", () => PackageSummary.Of(build, summary, Documents));
        }
        catch (Exception e)
        {
            Fault = ExceptionDispatchInfo.Capture(e);
        }
    }
}
