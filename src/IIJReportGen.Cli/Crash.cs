using IIJReportGen.Diagnostics;

namespace IIJReportGen.Cli;

/// <summary>What iijreport says when a command throws: a fault of the machine as such, with what to fix
/// (<see cref="ExitCode.MachineFault"/>); anything else is a bug of iijreport, one line pointing at its log (<see cref="ExitCode.Bug"/>).</summary>
internal static class Crash
{
    /// <summary>The line to print and the exit code for <paramref name="exception"/>, met while doing <paramref name="attempt"/>.</summary>
    public static (string Line, int Exit) Describe(Exception exception, string attempt) =>
        MachineFault.Finding(exception, attempt) is { } fault
            ? (fault.ToString(), ExitCode.MachineFault)
            : ($"internal error: this is a bug in iijreport, not in your data. Details: {InternalErrorLog.Write(exception)}", ExitCode.Bug);
}
