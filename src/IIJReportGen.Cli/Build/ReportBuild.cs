using System.Xml.Linq;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Diagnostics;
using IIJReportGen.Xbrl;

namespace IIJReportGen.Cli.Build;

/// <summary>The whole build: validate, render both documents, write the XBRL filing and the manifest, then publish atomically.</summary>
public static class ReportBuild
{
    /// <summary>Runs the build; on any error nothing is published and the previous outputs stay as they were.</summary>
    public static BuildResult Run(BuildRequest request)
    {
        var timer = new StageTimer();
        var documents = new List<BuiltDocument>();
        var checkedDataset = timer.Time("load and check", () => DatasetChecks.Run(request.Dataset));
        var diagnostics = checkedDataset.Diagnostics;
        if (checkedDataset.Dataset is not { } dataset)
            return new BuildResult(diagnostics, [], documents, timer.Timings);
        if (diagnostics.HasErrors || !HasTemplates(request, diagnostics) || ReleaseDate(dataset, diagnostics) is not { } date)
            return new BuildResult(diagnostics, [], documents, timer.Timings);
        var staged = Stage(request.OutputDirectory, diagnostics);
        if (staged is null)
            return new BuildResult(diagnostics, [], documents, timer.Timings);
        using (staged)
        {
            var model = new ReportModel(dataset);
            var manifest = new BuildManifest();
            manifest.AddInput(request.ManifestPath(request.Dataset), checkedDataset.Bytes!);
            foreach (var check in checkedDataset.ChecksRun)
                manifest.AddCheck(check.Key, check.Value);
            var document = new DocumentBuild(model, request, staged, diagnostics);
            foreach (var name in BuildRequest.Documents)
            {
                AddTemplates(manifest, request, name);
                if (timer.Time(name, () => document.Run(name, date)) is not { } built)
                    continue;
                documents.Add(built);
                manifest.AddPageCount(name + ".pdf", built.Layout.Pages.Count);
            }
            AddTemplates(manifest, request, "shared");
            if (diagnostics.HasErrors)
                return new BuildResult(diagnostics, [], documents, timer.Timings);
            timer.Time("xbrl", () => WriteXbrl(model, staged, manifest, diagnostics));
            if (diagnostics.HasErrors)
                return new BuildResult(diagnostics, [], documents, timer.Timings);
            timer.Time("publish", () =>
            {
                staged.Write("manifest.json", manifest.Write(staged));
                staged.Commit();
            });
            return new BuildResult(diagnostics, staged.Files.ToList(), documents, timer.Timings);
        }
    }

    private static void WriteXbrl(ReportModel model, StagedOutputs staged, BuildManifest manifest, DiagnosticBag diagnostics)
    {
        foreach (var file in XbrlFiling.Render(model))
            staged.Write("xbrl/" + file.Name, file.Bytes);
        if (!staged.Files.Contains("tse-summary.xhtml"))
            return;
        var path = Path.Combine(staged.Staging, "tse-summary.xhtml");
        var findings = InlineXbrlCheck.CheckFile(path, new XbrlVocabulary(model.Dataset));
        foreach (var finding in findings)
            diagnostics.Add(Diagnostic.Error(BuildCodes.InlineXbrl, "Inline XBRL: " + finding.Message,
                new SourceLocation("tse-summary.xhtml", finding.Line), "The TSE summary template tags this figure wrongly."));
        manifest.AddCheck("inline XBRL facts", XDocument.Load(path).Descendants().Count(e => e.Name.LocalName is "nonFraction" or "nonNumeric"));
    }

    private static void AddTemplates(BuildManifest manifest, BuildRequest request, string folder)
    {
        var path = Path.Combine(request.TemplatesRoot, folder);
        if (!Directory.Exists(path))
            return;
        foreach (var file in Directory.GetFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            manifest.AddInput(request.ManifestPath(file), File.ReadAllBytes(file));
    }

    private static bool HasTemplates(BuildRequest request, DiagnosticBag diagnostics)
    {
        var missing = BuildRequest.Documents
            .SelectMany(d => new[] { Path.Combine(request.TemplatesRoot, d, d + ".sbnhtml"), Path.Combine(request.TemplatesRoot, d, "style.css") })
            .FirstOrDefault(path => !File.Exists(path));
        if (missing is null)
            return true;
        diagnostics.Add(Diagnostic.Error(BuildCodes.TemplatesMissing, $"Template file '{missing}' does not exist.",
            new SourceLocation(request.TemplatesRoot), "Run from the repository root, or point --templates at the templates folder."));
        return false;
    }

    private static DateTimeOffset? ReleaseDate(Dataset.Model.ReportDataset dataset, DiagnosticBag diagnostics)
    {
        if (dataset.Report.Dates.TryGetValue("release", out var date))
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        diagnostics.Add(Diagnostic.Error(BuildCodes.MissingReleaseDate, "The dataset has no release date (report.dates.release); the PDFs are dated with it.",
            new SourceLocation(dataset.File, 0, 0, "$.report.dates"), "Add \"release\": \"yyyy-MM-dd\" to report.dates."));
        return null;
    }

    private static StagedOutputs? Stage(string directory, DiagnosticBag diagnostics)
    {
        try
        {
            return StagedOutputs.Create(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(BuildCodes.OutputNotWritable, $"Cannot write to the output folder '{directory}': {e.Message}",
                new SourceLocation(directory), "Choose a writable folder with --out, or fix its permissions."));
            return null;
        }
    }
}
