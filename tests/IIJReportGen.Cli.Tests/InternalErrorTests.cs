using System.CommandLine;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Cli.Tests;

/// <summary>An unexpected exception is one line on the terminal, saying it is a bug, with the details in a log file.</summary>
public class InternalErrorTests
{
    [Fact]
    public void BugIsOneLineWithALogPath()
    {
        var root = new RootCommand("test") { new Command("explode") };
        root.Subcommands[0].SetAction(int (_) => throw new InvalidOperationException("the details"));
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = CommandLineRunner.Run(root, ["explode"], output, error);

        Assert.Equal(ExitCode.DataErrors, exit);
        Assert.Empty(output.ToString());
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("internal error: this is a bug in iijreport, not in your data. Details: ", line);
        var log = line[(line.LastIndexOf(": ", StringComparison.Ordinal) + 2)..].Trim();
        Assert.Contains("InvalidOperationException: the details", File.ReadAllText(log));
        Assert.DoesNotContain("   at ", error.ToString());
    }
}
