using System.Runtime.ExceptionServices;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;
using IIJReportGen.Markup;
using IIJReportGen.Templating;
using IIJReportGen.Xbrl;
using IIJReportGen.Xbrl.Tdnet;

namespace IIJReportGen.Pipeline;

/// <summary>The whole build: load and check, render and lay out both documents, write the XBRL filing and the manifest, then publish atomically.</summary>
/// <remarks>The dataset's model and XBRL vocabulary are made once (by <see cref="ReportChecks"/>, what validate runs) and handed to every stage;
/// every file is read once, and what the build makes is passed on in memory, never read back from the staging folder.</remarks>
public static class ReportBuild
{
    /// <summary>Runs the build; on any error nothing is published and the previous outputs stay as they were.</summary>
    /// <remarks>With more than one thread the lead document (the press release: the longest, and it tags no Inline XBRL, so it
    /// needs nothing the checks make before its PDF) is built on this thread from the moment the model is made, while the
    /// <see cref="FilingLane"/> runs the checks and everything else on another core. The build then takes each part's findings
    /// and files in one order, as one thread doing one step after another would have made them, and drops what a build stopped
    /// at its checks (or by a document's errors) would not have come to.</remarks>
    public static BuildResult Run(BuildRequest request)
    {
        var timer = new StageTimer();
        var start = DateTimeOffset.UtcNow;
        var templates = new TemplateFiles(request.TemplatesRoot);
        // What depends on no dataset is worked out on another core while the dataset loads: one thing after another, so the load
        // keeps its core (a batch's datasets share all of it, once per process).
        _ = Task.Run(() => Prepare(templates, request.Threads > 1));
        var dataset = DatasetChecks.Load(request.Dataset);
        var lane = new FilingLane(request, dataset, templates, start);
        var lead = BuildRequest.Documents.First(d => !RenderOptions.InlineXbrlDocuments.Contains(d));
        var others = BuildRequest.Documents.Where(d => d != lead).ToList();
        (DocumentOutcome? Outcome, ExceptionDispatchInfo? Fault) leading = default;
        if (request.Threads > 1 && dataset.Model is { } model)
        {
            var checking = Task.Run(() => lane.Run(others));
            leading = Lead(model, templates, request, lane.Pdf, lead);
            checking.GetAwaiter().GetResult();
        }
        else if (Passed(lane.Run(others).Inputs!) is { } passed && !lane.FaultBeforeDocuments)
            leading = Lead(passed.Model, templates, request, lane.Pdf, lead);
        var inputs = lane.Inputs!;
        var diagnostics = inputs.Diagnostics;
        timer.Add("load and check", lane.ChecksDone);
        var documents = new List<BuiltDocument>();
        if (Passed(inputs) is not { Vocabulary: var vocabulary })
            return new BuildResult(diagnostics, [], documents, timer.Timings) { Time = timer.Elapsed };
        var attempt = $"Preparing the output folder '{request.OutputDirectory}'";
        try
        {
            using var staged = BuildTrace.Stage("staging folder", () => StagedOutputs.Create(request.OutputDirectory));
            attempt = $"Writing the outputs beside '{request.OutputDirectory}'";
            if (lane.FaultBeforeDocuments)
                lane.Fault!.Throw();
            leading.Fault?.Throw();
            lane.Fault?.Throw();
            var outcomes = lane.Documents.ToList();
            outcomes.Insert(BuildRequest.Documents.ToList().IndexOf(lead), leading.Outcome!);
            foreach (var outcome in outcomes)
            {
                outcome.Into(staged, diagnostics);
                timer.Add(outcome.Name, outcome.Time);
                if (outcome.Built is { } built)
                    documents.Add(built);
            }
            var package = diagnostics.HasErrors || request.Draft ? null : lane.Package!;
            if (package is not null)
            {
                timer.Add("TDnet package", package.RenderTime);
                timer.Add("inline XBRL check", package.CheckTime);
                diagnostics.AddRange(package.Findings);
                if (package.Rendered is not null)
                    staged.Write($"{TdnetPackage.Folder}/{RenderOptions.PackageDocument}.css", package.Stylesheet);
            }
            if (diagnostics.HasErrors)
                return new BuildResult(diagnostics, [], documents, timer.Timings) { Time = timer.Elapsed };
            var inlineFacts = package is null ? (int?)null : timer.Time("xbrl", () => WriteXbrl(lane.Filing, inputs.Summary!, package, staged, diagnostics));
            if (diagnostics.HasErrors)
                return new BuildResult(diagnostics, [], documents, timer.Timings) { Time = timer.Elapsed };
            attempt = $"Publishing to '{request.OutputDirectory}'";
            timer.Time("publish", () =>
            {
                using (BuildTrace.Stage("manifest"))
                    staged.Write("manifest.json", Manifest(request, inputs.Dataset, templates, documents, inlineFacts).Write(staged));
                using (BuildTrace.Stage("commit"))
                    staged.Commit();
            });
            return new BuildResult(diagnostics, staged.Files.Select(f => f.Path).ToList(), documents, timer.Timings) { Vocabulary = vocabulary, Time = timer.Elapsed };
        }
        catch (Exception e) when (MachineFault.Finding(e, attempt, new SourceLocation(request.OutputDirectory)) is { } fault)
        {
            // Nothing was published: the staging folder is gone (or a leftover the next build removes), the output folder as it was.
            diagnostics.Add(fault);
            return new BuildResult(diagnostics, [], documents, timer.Timings) { Time = timer.Elapsed };
        }
    }

    /// <summary>In the order the build needs them: the templates parsed and their rules checked (the press release renders first,
    /// the lane checks the rules), the CSS library, the bundled fonts; only the CSS library for a build with one thread (a batch's,
    /// whose other cores build other datasets). A fault met here is left to the stage that meets it again.</summary>
    private static void Prepare(TemplateFiles templates, bool all)
    {
        if (all)
            DocumentRenderer.Prepare(templates);
        MarkupDocument.Prepare();
        if (!all)
            return;
        try
        {
            FontLibrary.Shared.Prepare();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>What the build goes on with when its checks passed: the model, the XBRL names, the TDnet summary and the
    /// release date; null when they reported errors (or it has none of these).</summary>
    internal static (ReportModel Model, XbrlVocabulary Vocabulary, TdnetSummary Summary, DateTimeOffset Release)? Passed(CheckedInputs inputs) =>
        inputs is { Dataset: { Model: { } model, Vocabulary: { } vocabulary }, Summary: { } summary, Release: { } date } && !inputs.Diagnostics.HasErrors
            ? (model, vocabulary, summary, date)
            : null;

    /// <summary>The lead document, its fault kept to be thrown where one thread would have met it.</summary>
    private static (DocumentOutcome?, ExceptionDispatchInfo?) Lead(ReportModel model, TemplateFiles templates, BuildRequest request, Task<PdfInputs?> pdf, string lead)
    {
        try
        {
            return (new DocumentBuild(model, null, templates, request, pdf).Run(lead), null);
        }
        catch (Exception e)
        {
            return (null, ExceptionDispatchInfo.Capture(e));
        }
    }

    /// <summary>Stages the XBRL filing and the TDnet package's summary, and adds the Inline XBRL findings of every summary
    /// (checked as each was rendered); returns how many facts the package's summary tags.</summary>
    private static int WriteXbrl(IReadOnlyList<XbrlFile> filing, TdnetSummary summary, PackageSummary package, StagedOutputs staged, DiagnosticBag diagnostics)
    {
        foreach (var file in filing)
            staged.Write(file.Path, file.Bytes);
        staged.Write(summary.Package.InlineXbrlPath, package.Rendered!.Xhtml);
        diagnostics.AddRange(package.InlineFindings);
        return package.Facts;
    }

    /// <summary>The manifest of a successful build: the inputs as they were read, the page counts and the checks run (a draft
    /// tags no Inline XBRL facts).</summary>
    private static BuildManifest Manifest(BuildRequest request, CheckedDataset dataset, TemplateFiles templates, List<BuiltDocument> documents, int? inlineFacts)
    {
        var manifest = new BuildManifest { Draft = request.Draft };
        manifest.AddInput(request.ManifestPath(request.Dataset), dataset.Bytes!);
        foreach (var template in templates.Read)
            manifest.AddInput(request.ManifestPath(template.Path), template.Bytes);
        // Fonts by their stable name (fonts/<file>, or fontconfig:<PostScript name> for an installed one), hashed once per process.
        foreach (var font in documents.SelectMany(d => d.Layout.Fonts).DistinctBy(f => f.Source))
            manifest.AddInput(font.Source, font.Sha256, font.Data.Length);
        foreach (var check in dataset.ChecksRun)
            manifest.AddCheck(check.Key, check.Value);
        if (inlineFacts is { } facts)
            manifest.AddCheck("inline XBRL facts", facts);
        foreach (var document in documents)
            manifest.AddPageCount(document.Name + ".pdf", document.Layout.Pages.Count);
        return manifest;
    }
}
