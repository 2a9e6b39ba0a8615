using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>The watch loop: a build at the start, and a rebuild when the dataset or a template changes.</summary>
public sealed class WatchTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-watch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task RebuildsWhenTheDatasetChanges()
    {
        var dataset = Path.Combine(_folder, "dataset.json");
        var original = File.ReadAllText(RepositoryPaths.BundledDataset);
        File.WriteAllText(dataset, original);
        var request = new BuildRequest(dataset, Path.Combine(_folder, "out"), Path.Combine(RepositoryPaths.Root, "templates"));

        var results = await WatchTwoBuilds(request, () => File.WriteAllText(dataset, original.Replace("\"1H13\": 54396959", "\"1H13\": 54396960", StringComparison.Ordinal)));

        Assert.True(results[0].Succeeded);
        Assert.Equal("VAL001", results[1].Diagnostics.First(d => d.Severity == Diagnostics.Severity.Error).Code);
    }

    [Fact]
    public async Task A_figure_typed_into_a_template_fails_the_rebuild_at_its_line()
    {
        var templates = Path.Combine(_folder, "templates");
        var source = Path.Combine(RepositoryPaths.Root, "templates");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(templates, Path.GetRelativePath(source, file)))!);
            File.Copy(file, Path.Combine(templates, Path.GetRelativePath(source, file)));
        }
        var highlights = Path.Combine(templates, "press-release", "highlights.sbnhtml");
        var request = new BuildRequest(RepositoryPaths.BundledDataset, Path.Combine(_folder, "out"), templates);

        var results = await WatchTwoBuilds(request, () => File.AppendAllText(highlights, "<p>Up 6.4% on the year.</p>\n"));

        Assert.True(results[0].Succeeded);
        var error = results[1].Diagnostics.First(d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal((Templating.TemplateCodes.LiteralFigure, highlights, File.ReadAllLines(highlights).Length),
            (error.Code, error.Location!.File, error.Location.Line));
    }

    /// <summary>Watches until the first build, makes the change, and returns both builds' results (no build may crash).</summary>
    private static async Task<List<BuildResult>> WatchTwoBuilds(BuildRequest request, Action change)
    {
        var results = new List<BuildResult>();
        var bugs = new List<Exception>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var watching = new BuildWatcher(request).RunAsync(r => { lock (results) results.Add(r); }, bugs.Add, timeout.Token, maxBuilds: 2);
        await WaitFor(() => { lock (results) return results.Count == 1; }, timeout.Token);
        change();
        Assert.True(await watching);
        Assert.Empty(bugs);
        Assert.Equal(2, results.Count);
        return results;
    }

    [Fact]
    public async Task NothingToWatchIsOneBuildThatSaysWhy()
    {
        var request = new BuildRequest(Path.Combine(_folder, "missing.json"), Path.Combine(_folder, "out"), Path.Combine(RepositoryPaths.Root, "templates"));
        var results = new List<BuildResult>();

        Assert.False(await new BuildWatcher(request).RunAsync(results.Add, e => throw e, CancellationToken.None));

        var result = Assert.Single(results);
        Assert.Equal("DS001", Assert.Single(result.Diagnostics).Code);
    }

    private static async Task WaitFor(Func<bool> condition, CancellationToken cancellation)
    {
        while (!condition())
            await Task.Delay(50, cancellation);
    }
}
