using IIJReportGen.Diagnostics;

namespace IIJReportGen.Cli.Build;

/// <summary>The outcome of a build: every finding, and — when it succeeded — the outputs published and their page counts.</summary>
public sealed record BuildResult(DiagnosticBag Diagnostics, IReadOnlyList<string> Outputs, IReadOnlyDictionary<string, int> Pages)
{
    public bool Succeeded => !Diagnostics.HasErrors;
}
