using System.CommandLine;
using System.Globalization;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport watch [DATASET] [--out DIR]`: rebuild on every change to the dataset, templates or stylesheets.</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var dataset = CommandInputs.Dataset("The dataset to build.");
        var output = CommandInputs.Output();
        var templates = CommandInputs.Templates();
        var command = new Command("watch", "Build, then rebuild on every change to the dataset, templates or stylesheets (one line per build; Ctrl+C stops).")
        {
            dataset, output, templates,
        };
        command.SetAction((result, cancellation) => RunAsync(
            new BuildRequest(result.GetValue(dataset)!, result.GetValue(output)!, result.GetValue(templates)!),
            result.InvocationConfiguration.Output, cancellation));
        return command;
    }

    /// <summary>Watches, printing one line per build; exit 0 when stopped, 1 when there is nothing to watch.</summary>
    public static async Task<int> RunAsync(BuildRequest request, TextWriter output, CancellationToken cancellation)
    {
        var watched = await new BuildWatcher(request).RunAsync(result => PrintBuilt(output, result), bug => PrintCrash(output, bug), cancellation);
        return watched ? ExitCode.Success : ExitCode.DataErrors;
    }

    /// <summary>One build's line (<see cref="Line"/>), flushed at once.</summary>
    public static void PrintBuilt(TextWriter output, BuildResult result) => Print(output, Line(result, DateTime.Now));

    /// <summary>A build that threw, as <see cref="Crash"/> says it (a fault of the machine, or a bug pointing at its log); returns what it said.</summary>
    public static string PrintCrash(TextWriter output, Exception crash)
    {
        var line = Crash.Describe(crash, "Building").Line;
        Print(output, $"[{Clock(DateTime.Now)}] {line}");
        return line;
    }

    /// <summary>"[13:52:03] built in 1.21 s: 18 pages, 53 warning(s)" or "[…] failed in 0.30 s: 2 error(s); first: …".</summary>
    public static string Line(BuildResult result, DateTime now)
    {
        var time = result.Time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        return result.Succeeded
            ? $"[{Clock(now)}] built in {time} s: {result.Pages.Values.Sum()} pages, {result.Diagnostics.WarningCount} warning(s)"
            : $"[{Clock(now)}] failed in {time} s: {result.Diagnostics.ErrorCount} error(s); first: {result.Diagnostics.First(d => d.Severity == Severity.Error)}";
    }

    private static string Clock(DateTime now) => now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static void Print(TextWriter output, string line)
    {
        output.WriteLine(line);
        output.Flush();
    }
}
