using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
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
    public static BuildResult Run(BuildRequest request)
    {
        // The CSS library initialises on another core while the dataset loads and the templates render.
        MarkupDocument.Prepare();
        var timer = new StageTimer();
        var documents = new List<BuiltDocument>();
        var inputs = timer.Time("load and check", () => ReportChecks.Run(request.Dataset, request.TemplatesRoot, request.Draft));
        var (checkedDataset, templates, diagnostics) = (inputs.Dataset, inputs.Templates, inputs.Diagnostics);
        if (checkedDataset is not { Model: { } model, Vocabulary: { } vocabulary } || inputs.Summary is not { } summary || diagnostics.HasErrors
            || inputs.Release is not { } date)
            return new BuildResult(diagnostics, [], documents, timer.Timings) { Time = timer.Elapsed };
        var attempt = $"Preparing the output folder '{request.OutputDirectory}'";
        try
        {
            using var staged = StagedOutputs.Create(request.OutputDirectory);
            attempt = $"Writing the outputs beside '{request.OutputDirectory}'";
            IReadOnlyList<XbrlFile> filing = request.Draft ? [] : XbrlFiling.Render(vocabulary, summary);
            var attachments = AttachedFiles.For(filing, model, checkedDataset.Bytes!, request.Dataset, date);
            var document = new DocumentBuild(model, summary, templates, request, attachments);
            foreach (var outcome in document.RunAll(BuildRequest.Documents, date))
            {
                outcome.Into(staged, diagnostics);
                timer.Add(outcome.Name, outcome.Time);
                if (outcome.Built is { } built)
                    documents.Add(built);
            }
            var package = diagnostics.HasErrors || request.Draft ? null : timer.Time("TDnet package", () => document.RenderPackageSummary(staged, diagnostics));
            if (diagnostics.HasErrors)
                return new BuildResult(diagnostics, [], documents, timer.Timings) { Time = timer.Elapsed };
            var inlineFacts = request.Draft ? (int?)null : timer.Time("xbrl", () => WriteXbrl(filing, summary, documents, package!, staged, diagnostics));
            if (diagnostics.HasErrors)
                return new BuildResult(diagnostics, [], documents, timer.Timings) { Time = timer.Elapsed };
            attempt = $"Publishing to '{request.OutputDirectory}'";
            timer.Time("publish", () =>
            {
                staged.Write("manifest.json", Manifest(request, checkedDataset, templates, documents, inlineFacts).Write(staged));
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

    /// <summary>Stages the XBRL filing and the TDnet package's summary, and checks each Inline XBRL document as it was rendered
    /// (every summary against the same expectations: the same facts, whatever its language); returns how many facts the
    /// package's summary tags.</summary>
    private static int WriteXbrl(IReadOnlyList<XbrlFile> filing, TdnetSummary summary, List<BuiltDocument> documents, RenderResult package, StagedOutputs staged, DiagnosticBag diagnostics)
    {
        foreach (var file in filing)
            staged.Write(file.Path, file.Bytes);
        staged.Write(summary.Package.InlineXbrlPath, package.Xhtml);
        foreach (var document in documents.Where(d => RenderOptions.InlineXbrlDocuments.Contains(d.Name)))
            InlineXbrlFindings.Check(document.Xhtml, document.Source, document.Name, "", summary, diagnostics);
        InlineXbrlFindings.Check(package.Xhtml, package.Source, RenderOptions.PackageDocument, TdnetPackage.Folder, summary, diagnostics);
        return InlineXbrlCheck.Inspect(package.Xhtml).Facts;
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
