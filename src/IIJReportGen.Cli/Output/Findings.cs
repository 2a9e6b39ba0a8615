using IIJReportGen.Diagnostics;

namespace IIJReportGen.Cli.Output;

/// <summary>Prints an input's findings the way `iijreport validate` does, for commands whose inputs did not load.</summary>
internal static class Findings
{
    /// <summary>Prints them and returns the exit code they call for.</summary>
    public static int Print(DiagnosticBag findings, TextWriter output)
    {
        DiagnosticWriter.For("text").Write(findings, Terminal.Plain(output), Verbosity.Normal);
        return ExitCode.Of(findings);
    }
}
