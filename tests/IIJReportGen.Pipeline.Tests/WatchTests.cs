using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>The watch loop: a build at the start, and a rebuild when the dataset changes.</summary>
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
        var results = new List<BuildResult>();
        var bugs = new List<Exception>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var watching = new BuildWatcher(request).RunAsync(r => { lock (results) results.Add(r); }, bugs.Add, timeout.Token, maxBuilds: 2);

        await WaitFor(() => { lock (results) return results.Count == 1; }, timeout.Token);
        File.WriteAllText(dataset, original.Replace("\"1H13\": 54396959", "\"1H13\": 54396960", StringComparison.Ordinal));
        Assert.True(await watching);

        Assert.Empty(bugs);
        Assert.Equal(2, results.Count);
        Assert.True(results[0].Succeeded);
        Assert.Equal("VAL001", results[1].Diagnostics.First(d => d.Severity == Diagnostics.Severity.Error).Code);
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
