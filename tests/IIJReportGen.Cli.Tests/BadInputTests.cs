using IIJReportGen.Cli;
using IIJReportGen.Cli.Build;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Cli.Tests;

/// <summary>The bad-input corpus: every case exits as expected with its one clear message first, no stack trace, and previous outputs untouched.</summary>
public class BadInputTests
{
    /// <summary>A good build of the bundled dataset, made once: the "previous outputs" of buildFirst cases.</summary>
    private static readonly Lazy<string> GoodBuild = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("iijreport-good-").FullName;
        var result = ReportBuild.Run(new BuildRequest(RepositoryPaths.BundledDataset, folder, Path.Combine(RepositoryPaths.Root, "templates"), RepositoryPaths.Root));
        Assert.True(result.Succeeded, "the bundled dataset must build");
        return folder;
    });

    [Theory]
    [MemberData(nameof(BadInputCase.All), MemberType = typeof(BadInputCase))]
    public void BadInputGetsItsMessage(string name)
    {
        var badCase = BadInputCase.Load(name);
        var directory = Directory.CreateTempSubdirectory("iijreport-case-").FullName;
        try
        {
            var paths = badCase.Materialise(directory);
            var previous = badCase.BuildFirst ? CopyGoodBuild(paths.Out) : null;
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = CommandLineRunner.Run(CommandTree.Create(), badCase.Args(paths), output, error);
            var all = output + error.ToString();
            var lines = all.ReplaceLineEndings("\n").Split('\n');
            var expected = badCase.ExpectedOutput(paths);
            Assert.Equal(badCase.Exit, exit);
            Assert.Contains(expected, lines);
            if (exit == CommandLineRunner.DataErrors)
                Assert.Equal(expected, lines.First(l => l.Contains(": error ", StringComparison.Ordinal) || l.StartsWith("internal error", StringComparison.Ordinal)));
            if (exit == CommandLineRunner.UsageError)
                Assert.Equal(expected, lines.First(l => l.StartsWith("usage error: ", StringComparison.Ordinal)));
            Assert.DoesNotContain("   at ", all);
            Assert.DoesNotContain("Exception", all);
            if (previous is not null)
                AssertUnchanged(previous, paths.Out);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void CorpusHasAtLeastFortyCases() => Assert.True(BadInputCase.All().Count() >= 40, $"{BadInputCase.All().Count()} cases");

    /// <summary>Copies the good build into <paramref name="target"/> and returns every file's bytes by relative path.</summary>
    private static Dictionary<string, byte[]> CopyGoodBuild(string target)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(GoodBuild.Value, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(GoodBuild.Value, file);
            var copy = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            files[relative] = File.ReadAllBytes(copy);
        }
        return files;
    }

    private static void AssertUnchanged(Dictionary<string, byte[]> previous, string folder)
    {
        var now = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal);
        Assert.Equal(previous.Keys.Order(StringComparer.Ordinal), now);
        Assert.All(previous, p => Assert.Equal(p.Value, File.ReadAllBytes(Path.Combine(folder, p.Key))));
    }
}
