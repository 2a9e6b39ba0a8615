using IIJReportGen.Dataset.Tests;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>The bad-input corpus: every case fails (or not) as expected with its one clear message first, no stack trace, and previous outputs untouched.</summary>
/// <remarks>Each case runs the pipeline its command line stands for; how the program turns findings into exit codes and
/// lines is tested in Cli.Tests.</remarks>
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
            var findings = Run(badCase.Args(paths), paths.Templates);
            var lines = findings.Select(f => f.ToString()).ToList();
            var expected = badCase.ExpectedOutput(paths);
            Assert.Equal(badCase.Exit, ExitCode.Of(findings));
            Assert.Contains(expected, lines);
            if (findings.HasErrors)
                Assert.Equal(expected, findings.First(f => f.Severity == Severity.Error).ToString());
            Assert.DoesNotContain(lines, l => l.Contains("   at ", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal));
            Assert.All(findings, f => Assert.Equal(DiagnosticCatalogue.SeverityOf(f.Code), f.Severity));
            if (previous is not null)
                AssertUnchanged(previous, paths.Out);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The findings of the pipeline a case's command line stands for: `validate DATASET [--templates DIR]` or `build DATASET --out DIR --templates DIR`.</summary>
    private static DiagnosticBag Run(string[] args, string templates)
    {
        string Option(string name) => args[Array.IndexOf(args, name) + 1];
        return args[0] switch
        {
            "validate" => ReportChecks.Validate(args[1], args.Contains("--templates") ? Option("--templates") : templates).Diagnostics,
            "build" => ReportBuild.Run(new BuildRequest(args[1], Option("--out"), Option("--templates"))).Diagnostics,
            _ => throw new InvalidOperationException($"a case runs validate or build, not '{args[0]}'"),
        };
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
