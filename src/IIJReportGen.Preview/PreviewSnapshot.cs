using System.Globalization;
using System.Text.Json;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline;

namespace IIJReportGen.Preview;

/// <summary>One build as the server shows it: its state, and the pages and redline of the last build that succeeded.</summary>
/// <remarks>Immutable, and the pages are held in memory, so a request never sees half of one build and half of the next.</remarks>
internal sealed class PreviewSnapshot
{
    private const string PagesFolder = "png/";

    private PreviewSnapshot(PreviewState state, IReadOnlyDictionary<string, byte[]> pages, string redline)
    {
        State = state;
        Pages = pages;
        Redline = redline;
        Json = JsonSerializer.Serialize(state, PreviewJson.Default.PreviewState);
    }

    /// <summary>Before the first build ends.</summary>
    public static PreviewSnapshot Building { get; } = new(new PreviewState(0, "Building…", false, null, [], []), new Dictionary<string, byte[]>(), Redlines.NotYet);

    public PreviewState State { get; }

    /// <summary>The PNG pages shown, by file name (press-release-01.png): the only files the server sends.</summary>
    public IReadOnlyDictionary<string, byte[]> Pages { get; }

    /// <summary>The redline page of the shown pages' build against the published build.</summary>
    public string Redline { get; }

    /// <summary><see cref="State"/> as JSON, made once.</summary>
    public string Json { get; }

    /// <summary>The snapshot after <paramref name="result"/>: its pages when it succeeded, else this snapshot's pages with the new findings.</summary>
    public PreviewSnapshot After(BuildResult result, PreviewRequest request)
    {
        var build = State.Build + 1;
        var findings = result.Diagnostics.OrderBy(d => d.Severity == Severity.Error ? 0 : 1).Select(PreviewFinding.Of).ToList();
        if (!result.Succeeded)
        {
            var shown = State.PagesOfBuild is { } previous ? $"Showing the pages of build {previous}." : "No pages yet.";
            var status = $"Build {build} failed: {result.Diagnostics.ErrorCount} error(s). {shown}";
            return new PreviewSnapshot(State with { Build = build, Status = status, Succeeded = false, Findings = findings }, Pages, Redline);
        }
        var pages = result.Outputs.Where(o => o.StartsWith(PagesFolder, StringComparison.Ordinal))
            .ToDictionary(o => o[PagesFolder.Length..], o => File.ReadAllBytes(Path.Combine(request.PreviewDirectory, o)), StringComparer.Ordinal);
        var documents = result.Documents.Select(d => new PreviewDocument(d.Name,
            pages.Keys.Where(p => p.StartsWith(d.Name + "-", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                .Select(p => $"/pages/{p}?build={build}").ToList())).ToList();
        var seconds = result.Time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var summary = $"Build {build} succeeded in {seconds} s: {pages.Count} pages, {result.Diagnostics.WarningCount} warning(s).";
        return new PreviewSnapshot(new PreviewState(build, summary, true, build, documents, findings), pages,
            Redlines.Against(request.PublishedDirectory, result.Documents));
    }

    /// <summary>After a build that threw (a fault of the machine, or a bug in the tool): the pages stay, the status says what happened.</summary>
    public PreviewSnapshot AfterCrash(string said) => new(
        State with { Build = State.Build + 1, Succeeded = false, Findings = [], Status = $"Build {State.Build + 1} did not finish: {said}" },
        Pages, Redline);
}
