using System.Globalization;
using System.Threading.Channels;

namespace IIJReportGen.Cli.Build;

/// <summary>Rebuilds whenever the dataset, a template or a stylesheet changes, and reports one line per build.</summary>
/// <remarks>Editors save in bursts (temp file, rename, touch): changes within <see cref="Settle"/> of each other make one build.</remarks>
public sealed class BuildWatcher(BuildRequest request, TextWriter output)
{
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    /// <summary>Builds once, then after every change until cancelled (or after <paramref name="maxBuilds"/> builds).</summary>
    /// <returns>False, after one build that reports why, when the dataset or the templates folder does not exist (nothing to watch).</returns>
    public async Task<bool> RunAsync(CancellationToken cancellation, int? maxBuilds = null)
    {
        if (!File.Exists(request.Dataset) || !Directory.Exists(request.TemplatesRoot))
        {
            Report(ReportBuild.Run(request));
            return false;
        }
        var changes = Channel.CreateUnbounded<string>();
        using var dataset = Watch(Path.GetDirectoryName(Path.GetFullPath(request.Dataset))!, Path.GetFileName(request.Dataset), false, changes.Writer);
        using var templates = Watch(Path.GetFullPath(request.TemplatesRoot), "*", true, changes.Writer);
        for (var builds = 1; ; builds++)
        {
            BuildOnce();
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

    /// <summary>One build; a bug in it is reported as one line and the watch goes on.</summary>
    private void BuildOnce()
    {
        try
        {
            Report(ReportBuild.Run(request));
        }
        catch (Exception e)
        {
            output.WriteLine($"[{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}] internal error: this is a bug in iijreport, not in your data. Details: {InternalErrorLog.Write(e)}");
        }
    }

    /// <summary>"[13:52:03] built in 1.21 s: 18 pages, 53 warnings" or "[…] failed in 0.30 s: 2 errors; first: …".</summary>
    private void Report(BuildResult result)
    {
        var time = result.Timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Time).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var clock = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var warnings = result.Diagnostics.WarningCount;
        output.WriteLine(result.Succeeded
            ? $"[{clock}] built in {time} s: {result.Pages.Values.Sum()} pages, {warnings} warning(s)"
            : $"[{clock}] failed in {time} s: {result.Diagnostics.ErrorCount} error(s); first: {result.Diagnostics.First(d => d.Severity == Diagnostics.Severity.Error)}");
        output.Flush();
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
