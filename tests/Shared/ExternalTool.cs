using System.Diagnostics;

namespace IIJReportGen.Tests.Shared;

/// <summary>A fact that needs programs (or files, given as absolute paths) beyond the .NET SDK: skipped, saying which and where from, when one is missing.</summary>
public sealed class ExternalToolFactAttribute : FactAttribute
{
    public ExternalToolFactAttribute(string package, params string[] programs)
    {
        var missing = programs.Where(p => !ExternalTool.IsInstalled(p)).ToList();
        if (missing.Count > 0)
            Skip = $"{string.Join(", ", missing)} not installed (Debian package {package}; CI installs it).";
    }
}

/// <summary>Runs a command-line program and returns its exit code and output.</summary>
internal static class ExternalTool
{
    public static bool IsInstalled(string program) => Path.IsPathRooted(program) ? File.Exists(program) :
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(folder => File.Exists(Path.Combine(folder, program)));

    public static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    /// <summary>Runs <paramref name="program"/> on <paramref name="pdf"/> written to a temporary file.</summary>
    public static (int ExitCode, string Output) RunOnPdf(byte[] pdf, string program, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"iijreport-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            return Run(program, [.. arguments, path]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
