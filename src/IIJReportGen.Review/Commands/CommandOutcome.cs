using IIJReportGen.Diagnostics;

namespace IIJReportGen.Review.Commands;

/// <summary>The CLI's exit codes (as CommandLineRunner defines them) and its one-line-per-finding text form, for the review commands.</summary>
internal static class CommandOutcome
{
    public const int Success = 0;
    public const int DataErrors = 1;
    public const int UsageError = 2;

    /// <summary>The findings as `iijreport validate` prints them: one line each, then the counts.</summary>
    public static int Findings(DiagnosticBag findings, TextWriter output)
    {
        foreach (var finding in findings)
            output.WriteLine(finding.ToString());
        output.WriteLine($"{findings.ErrorCount} error(s), {findings.WarningCount} warning(s).");
        return DataErrors;
    }
}
