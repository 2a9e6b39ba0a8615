using System.Threading.Channels;

namespace IIJReportGen.Pipeline;

/// <summary>Rebuilds whenever the dataset, a template or a stylesheet changes, and hands each build's result to the caller.</summary>
/// <remarks>Editors save in bursts (temp file, rename, touch): changes within <see cref="Settle"/> of each other make one build.</remarks>
public sealed class BuildWatcher(BuildRequest request)
{
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    /// <summary>Builds once, then after every change until cancelled (or after <paramref name="maxBuilds"/> builds).</summary>
    /// <param name="built">Called with every build's result.</param>
    /// <param name="crashed">Called when a build throws (a bug in the tool); the watch goes on.</param>
    /// <param name="cancellation">Stops the watch.</param>
    /// <param name="maxBuilds">Stops after this many builds (tests).</param>
    /// <returns>False, after one build that reports why, when the dataset or the templates folder does not exist (nothing to watch).</returns>
    public async Task<bool> RunAsync(Action<BuildResult> built, Action<Exception> crashed, CancellationToken cancellation, int? maxBuilds = null)
    {
        if (!File.Exists(request.Dataset) || !Directory.Exists(request.TemplatesRoot))
        {
            built(ReportBuild.Run(request));
            return false;
        }
        var changes = Channel.CreateUnbounded<string>();
        using var dataset = Watch(Path.GetDirectoryName(Path.GetFullPath(request.Dataset))!, Path.GetFileName(request.Dataset), false, changes.Writer);
        using var templates = Watch(Path.GetFullPath(request.TemplatesRoot), "*", true, changes.Writer);
        for (var builds = 1; ; builds++)
        {
            BuildOnce(built, crashed);
            if (builds == maxBuilds)
                return true;
            try
            {
                await changes.Reader.ReadAsync(cancellation);
                await Task.Delay(Settle, cancellation);
            }
            catch (OperationCanceledException)
            {
                return true;
            }
            while (changes.Reader.TryRead(out _))
            {
            }
        }
    }

    private void BuildOnce(Action<BuildResult> built, Action<Exception> crashed)
    {
        BuildResult result;
        try
        {
            result = ReportBuild.Run(request);
        }
        catch (Exception e)
        {
            crashed(e);
            return;
        }
        built(result);
    }

    private static FileSystemWatcher Watch(string folder, string filter, bool subdirectories, ChannelWriter<string> changes)
    {
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = subdirectories,
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, e) => changes.TryWrite(e.FullPath);
        watcher.Created += (_, e) => changes.TryWrite(e.FullPath);
        watcher.Deleted += (_, e) => changes.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) => changes.TryWrite(e.FullPath);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
