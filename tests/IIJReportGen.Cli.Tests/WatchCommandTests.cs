using IIJReportGen.Cli.Commands;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline;

namespace IIJReportGen.Cli.Tests;

/// <summary>`watch` prints one summary line per build (the rebuild loop is tested in Pipeline.Tests).</summary>
public class WatchCommandTests
{
    private static readonly DateTime Noon = new(2013, 11, 8, 12, 34, 56, DateTimeKind.Local);

    [Fact]
    public void SucceededBuildIsItsTimePagesAndWarnings()
    {
        var findings = new DiagnosticBag();
        findings.Add(Diagnostic.Warning("VAL003", "a warning"));
        var result = new BuildResult(findings, ["manifest.json"], [], [("load and check", TimeSpan.FromSeconds(0.5)), ("publish", TimeSpan.FromSeconds(0.75))]);

        Assert.Equal("[12:34:56] built in 1.25 s: 0 pages, 1 warning(s)", WatchCommand.Line(result, Noon));
    }

    [Fact]
    public void FailedBuildIsItsErrorCountAndFirstError()
    {
        var findings = new DiagnosticBag();
        findings.Add(Diagnostic.Warning("VAL003", "a warning"));
        findings.Add(Diagnostic.Error("VAL001", "first", new SourceLocation("data.json", 3, 4)));
        findings.Add(Diagnostic.Error("VAL001", "second"));
        var result = new BuildResult(findings, [], [], [("load and check", TimeSpan.FromSeconds(0.3))]);

        Assert.Equal("[12:34:56] failed in 0.30 s: 2 error(s); first: data.json:3:4: error VAL001: first", WatchCommand.Line(result, Noon));
    }
}
