using IIJReportGen.Diagnostics;

namespace IIJReportGen.Cli.Build;

/// <summary>The outcome of a build: every finding, and — when it succeeded — the outputs published, their page counts and stage timings.</summary>
public sealed record BuildResult(DiagnosticBag Diagnostics, IReadOnlyList<string> Outputs, IReadOnlyDictionary<string, int> Pages, IReadOnlyList<(string Stage, TimeSpan Time)> Timings)
{
    public bool Succeeded => !Diagnostics.HasErrors;
}
