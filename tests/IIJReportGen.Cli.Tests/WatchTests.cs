using IIJReportGen.Cli.Build;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Cli.Tests;

/// <summary>`watch`: one summary line per build, and a rebuild when the dataset changes.</summary>
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
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var watching = new BuildWatcher(request, TextWriter.Synchronized(output)).RunAsync(timeout.Token, maxBuilds: 2);

        await WaitFor(() => Lines(output).Count == 1, timeout.Token);
        File.WriteAllText(dataset, original.Replace("\"1H13\": 54396959", "\"1H13\": 54396960", StringComparison.Ordinal));
        await watching;

        var lines = Lines(output);
        Assert.Equal(2, lines.Count);
        Assert.Matches(@"^\[\d\d:\d\d:\d\d\] built in \d+\.\d\d s: \d+ pages, \d+ warning\(s\)$", lines[0]);
        Assert.Matches(@"^\[\d\d:\d\d:\d\d\] failed in \d+\.\d\d s: \d+ error\(s\); first: .*error VAL001", lines[1]);
    }

    private static List<string> Lines(StringWriter output) =>
        output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static async Task WaitFor(Func<bool> condition, CancellationToken cancellation)
    {
        while (!condition())
            await Task.Delay(50, cancellation);
    }
}
