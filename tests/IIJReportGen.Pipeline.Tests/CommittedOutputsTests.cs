using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>The text renditions committed in output/iij/fy2013-1h are exactly what the build makes now, so every change shows in review.</summary>
public sealed class CommittedOutputsTests : IDisposable
{
    private static readonly string Committed = Path.Combine(RepositoryPaths.Root, "output", "iij", "fy2013-1h");

    private readonly string _fresh = Directory.CreateTempSubdirectory("iijreport-committed-").FullName;

    public void Dispose() => Directory.Delete(_fresh, recursive: true);

    /// <summary>PDFs and PNGs are reproducible build artifacts, kept out of git.</summary>
    private static bool IsCommitted(string relative) => !relative.EndsWith(".pdf", StringComparison.Ordinal) && !relative.EndsWith(".png", StringComparison.Ordinal);

    private static List<string> TextFiles(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(IsCommitted).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void CommittedRenditionsMatchAFreshBuild()
    {
        var request = new BuildRequest(Path.Combine(RepositoryPaths.Root, "data", "iij", "fy2013-1h.json"), _fresh,
            Path.Combine(RepositoryPaths.Root, "templates"), RepositoryPaths.Root);
        Assert.True(ReportBuild.Run(request).Succeeded);
        const string fix = "Run `dotnet run --project src/IIJReportGen.Cli -- build` from the repository root and commit output/.";
        Assert.True(Directory.Exists(Committed), "output/iij/fy2013-1h is missing. " + fix);
        var fresh = TextFiles(_fresh);
        Assert.True(fresh.SequenceEqual(TextFiles(Committed)), $"The committed outputs are not the files a build makes. {fix}");
        var stale = fresh.Where(f => !File.ReadAllBytes(Path.Combine(_fresh, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(Committed, f)))).ToList();
        Assert.True(stale.Count == 0, $"Stale committed outputs: {string.Join(", ", stale)}. {fix}");
    }
}
