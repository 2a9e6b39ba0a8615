using IIJReportGen.Diagnostics;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Cli.Tests;

/// <summary>A command line the program cannot run exits 2 with the most telling usage error first, and no stack trace.</summary>
/// <remarks>The other bad inputs (data, templates, output folders) are the corpus of Pipeline.Tests.</remarks>
public class UsageErrorTests
{
    [Theory]
    [InlineData("usage error: Argument 'xml' not recognized. Must be one of: 'text' 'json'", "validate", "{mini}", "--format", "xml")]
    [InlineData("usage error: Unrecognized command or argument 'publish'.", "publish", "{mini}")]
    [InlineData("usage error: Unrecognized command or argument '{mini}'.", "validate", "{mini}", "{mini}")]
    [InlineData("usage error: Unrecognized option '--strict'.", "validate", "--strict", "{mini}")]
    [InlineData("usage error: --out needs a path; an empty one names no file or folder.", "build", "{mini}", "--out", "")]
    [InlineData("usage error: --out needs a path; an empty one names no file or folder.", "watch", "{mini}", "--out", " ")]
    [InlineData("usage error: --out needs a path; an empty one names no file or folder.", "diff", "{mini}", "{mini}", "--out", "")]
    [InlineData("usage error: --out needs a path; an empty one names no file or folder.", "rollforward", "{mini}", "--to", "1H14", "--out", "")]
    [InlineData("usage error: --out '.' is the current folder or holds it; a build replaces that folder as a whole. Choose a folder below it, e.g. --out output.", "build", "{mini}", "--out", ".")]
    [InlineData("usage error: --out '/' is the current folder or holds it; a build replaces that folder as a whole. Choose a folder below it, e.g. --out output.", "build", "{mini}", "--out", "/")]
    public void UsageErrorExitsTwoWithItsMessageFirst(string expected, params string[] args)
    {
        string Expand(string text) => text.Replace("{mini}", RepositoryPaths.MiniDataset, StringComparison.Ordinal);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = CommandLineRunner.Run(CommandTree.Create(), args.Select(Expand).ToArray(), output, error);

        Assert.Equal(ExitCode.UsageError, exit);
        Assert.Equal(Expand(expected), error.ToString().ReplaceLineEndings("\n").Split('\n').First(l => l.StartsWith("usage error: ", StringComparison.Ordinal)));
        Assert.DoesNotContain("   at ", output + error.ToString());
        Assert.DoesNotContain("Exception", output + error.ToString());
    }
}
