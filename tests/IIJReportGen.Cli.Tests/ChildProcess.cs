using System.Diagnostics;

namespace IIJReportGen.Cli.Tests;

/// <summary>Runs programs — iijreport itself among them — in child processes: what a machine fault, a locale or a kill
/// does is seen only there (.NET reads the locale once, a closed stream or a kill ends the process).</summary>
internal static class ChildProcess
{
    /// <summary>The iijreport program as this test run built it (dotnet runs it).</summary>
    public static string Iijreport => typeof(CommandTree).Assembly.Location;

    public static ProcessStartInfo Start(string program, IEnumerable<string> args, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? [])
            start.Environment[name] = value;
        return start;
    }

    /// <summary>Runs to the end; the exit code and both streams.</summary>
    public static (int Exit, string Output, string Error) Run(string program, IEnumerable<string> args, Dictionary<string, string>? environment = null) =>
        Run(Start(program, args, environment));

    public static (int Exit, string Output, string Error) Run(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    /// <summary>A shell command line (sh -c).</summary>
    public static (int Exit, string Output, string Error) Shell(string command) => Run("/bin/sh", ["-c", command]);

    /// <summary>Quotes for sh.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
