using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Cli.Tests;

/// <summary>`iijreport build`: what it prints at each verbosity (the build itself is tested in Pipeline.Tests).</summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("iijreport-build-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void VerboseCommandPrintsStageTimingsAndQuietPrintsNoOutputList()
    {
        var verbose = new StringWriter();
        var args = new[] { "build", RepositoryPaths.BundledDataset, "--out", _output, "--templates", Path.Combine(RepositoryPaths.Root, "templates") };
        Assert.Equal(0, CommandLineRunner.Run(CommandTree.Create(), [.. args, "--verbose"], verbose, new StringWriter()));
        Assert.Matches(@"(?m)^press-release: \d+\.\d{3} s$", verbose.ToString());
        Assert.Contains("wrote " + Path.Combine(_output, "manifest.json").Replace('\\', '/'), verbose.ToString());
        var quiet = new StringWriter();
        Assert.Equal(0, CommandLineRunner.Run(CommandTree.Create(), [.. args, "--quiet"], quiet, new StringWriter()));
        Assert.DoesNotContain("wrote", quiet.ToString());
        Assert.DoesNotContain("warning VAL", quiet.ToString());
    }
}
