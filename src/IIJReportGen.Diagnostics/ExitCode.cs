namespace IIJReportGen.Diagnostics;

/// <summary>iijreport's exit codes, and the one a command's findings call for.</summary>
public static class ExitCode
{
    public const int Success = 0;

    /// <summary>The data or the templates have errors.</summary>
    public const int DataErrors = 1;

    /// <summary>A bug in iijreport: one "internal error" line pointing at a log. 1 as for data errors (scripts written before
    /// exit 3 existed treat any non-zero alike); the line tells them apart.</summary>
    public const int Bug = DataErrors;

    /// <summary>The command line is wrong (unknown option, bad value, an empty path).</summary>
    public const int UsageError = 2;

    /// <summary>The machine failed us (<see cref="MachineFault"/>): disk, permissions, folders, streams, fonts.</summary>
    public const int MachineFault = 3;

    /// <summary>3 when a finding is a fault of the machine, else 1 when one is an error, else 0.</summary>
    public static int Of(DiagnosticBag findings) =>
        findings.Any(Diagnostics.MachineFault.Is) ? MachineFault : findings.HasErrors ? DataErrors : Success;

    /// <summary>The gravest of several commands' codes (a batch build's datasets): a fault of the machine (3) over a usage
    /// error (2) over errors (1) over success (0), which is their numeric order.</summary>
    public static int Gravest(IEnumerable<int> codes) => codes.DefaultIfEmpty(Success).Max();
}
