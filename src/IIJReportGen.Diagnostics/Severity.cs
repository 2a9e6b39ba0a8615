namespace IIJReportGen.Diagnostics;

/// <summary>How serious a finding is: errors stop a build, warnings are reported and allowed.</summary>
public enum Severity
{
    Error,
    Warning,
}
