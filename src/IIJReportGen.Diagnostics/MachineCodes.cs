namespace IIJReportGen.Diagnostics;

/// <summary>The code of a fault of the machine, which any component may meet (<see cref="MachineFault"/> decides what is one).</summary>
public static class MachineCodes
{
    [DiagnosticCode(Severity.Error, "the machine failed us (disk full, permission denied, read-only or missing folder, a file in the way, closed output, missing fonts): what failed and what to fix; exit 3")]
    public const string Fault = "SYS001";
}
