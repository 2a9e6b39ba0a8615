using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
using IIJReportGen.Templating;
using IIJReportGen.Templating.Rules;
using IIJReportGen.Xbrl.Tdnet;

namespace IIJReportGen.Pipeline;

/// <summary>The inputs of a build after every check `validate` runs: the dataset's, and the templates folder's.</summary>
/// <param name="Dataset">The checked dataset; its findings are every finding of both.</param>
/// <param name="Templates">The templates folder as the build reads it (each file once, hashed in the manifest).</param>
/// <param name="Summary">The TDnet summary: the form in templates/tdnet/ filled by the dataset; null when either has errors.</param>
public sealed record CheckedInputs(CheckedDataset Dataset, TemplateFiles Templates, TdnetSummary? Summary)
{
    public DiagnosticBag Diagnostics => Dataset.Diagnostics;

    /// <summary>The release date the PDFs are dated with (report.dates.release); null when the dataset has none (BLD002) or did not load.</summary>
    public DateTimeOffset? Release { get; init; }
}

/// <summary>What `validate` checks, and `build` (and so `watch`) before it renders: the dataset (<see cref="DatasetChecks"/>)
/// and the templates folder — each document's template and stylesheet exist, and every template keeps the template rules
/// (<see cref="TemplateRules"/>: no literal figure …) — and that the dataset fills the TDnet summary's form
/// (<see cref="TdnetSummary"/>). One sequence, so 0 errors from validate means the build gets past them.</summary>
public static class ReportChecks
{
    /// <param name="draft">For a draft: the findings it builds past are warnings (<see cref="DraftBuild.Tolerate"/>) before
    /// the summary's form is filled, which a dataset with errors does not get to.</param>
    public static CheckedInputs Run(string dataset, string templatesRoot, bool draft = false) =>
        Run(DatasetChecks.Load(dataset), templatesRoot, new TemplateFiles(templatesRoot), draft);

    /// <summary>The checks of a dataset already loaded, with the build's templates folder (which it may already be reading).</summary>
    public static CheckedInputs Run(LoadedDataset dataset, string templatesRoot, TemplateFiles templates, bool draft = false)
    {
        var checkedDataset = DatasetChecks.Check(dataset);
        if (draft)
            checkedDataset = checkedDataset with { Diagnostics = DraftBuild.Tolerate(checkedDataset.Diagnostics) };
        var diagnostics = checkedDataset.Diagnostics;
        var release = checkedDataset.Model is { } model ? ReleaseDate(model.Dataset, diagnostics) : null;
        if (!HasDocuments(templatesRoot, diagnostics))
            return new CheckedInputs(checkedDataset, templates, null) { Release = release };
        diagnostics.AddRange(BuildTrace.Stage("template rules", () => TemplateRules.Check(templates)));
        var summary = checkedDataset.Vocabulary is { } vocabulary
            ? BuildTrace.Stage("TDnet form", () => TdnetSummary.Load(vocabulary, file => DocumentRenderer.Read(templates, file), diagnostics))
            : null;
        return new CheckedInputs(checkedDataset, templates, summary) { Release = release };
    }

    /// <summary>What `validate` runs: <see cref="Run(string, string, bool)"/>, then every document rendered in memory as the build will render it
    /// (<see cref="RenderCheck"/>), so 0 errors means the build renders. The build calls <see cref="Run(string, string, bool)"/> only: it renders anyway.</summary>
    public static CheckedInputs Validate(string dataset, string templatesRoot)
    {
        var inputs = Run(dataset, templatesRoot);
        RenderCheck.Run(inputs);
        return inputs;
    }

    private static DateTimeOffset? ReleaseDate(ReportDataset dataset, DiagnosticBag diagnostics)
    {
        if (dataset.Report.Dates.TryGetValue("release", out var date))
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        diagnostics.Add(Diagnostic.Error(PipelineCodes.MissingReleaseDate, "The dataset has no release date (report.dates.release); the PDFs are dated with it.",
            new SourceLocation(dataset.File, 0, 0, "$.report.dates"), "Add \"release\": \"yyyy-MM-dd\" to report.dates."));
        return null;
    }

    /// <summary>True when every document's template and stylesheet exist; otherwise adds the finding for the first missing file.</summary>
    private static bool HasDocuments(string templatesRoot, DiagnosticBag diagnostics)
    {
        var missing = BuildRequest.Documents
            .SelectMany(d => new[] { Path.Combine(templatesRoot, d, d + ".sbnhtml"), Path.Combine(templatesRoot, d, "style.css") })
            .FirstOrDefault(path => !File.Exists(path));
        if (missing is null)
            return true;
        diagnostics.Add(Diagnostic.Error(PipelineCodes.TemplatesMissing, $"Template file '{missing}' does not exist.",
            new SourceLocation(templatesRoot), "Run from the repository root, or point --templates at the templates folder."));
        return false;
    }
}
