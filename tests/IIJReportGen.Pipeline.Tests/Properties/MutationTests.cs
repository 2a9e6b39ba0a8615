using CsCheck;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Tests;
using IIJReportGen.Diagnostics;
using IIJReportGen.Validation;

namespace IIJReportGen.Pipeline.Tests.Properties;

/// <summary>Random mutations of the bundled dataset end in a clean error with a location or a successful build — never an exception.</summary>
/// <remarks>CsCheck prints the seed of a failing sample; pass it as <c>seed:</c> to replay it.</remarks>
public sealed class MutationTests : IDisposable
{
    private static readonly Gen<DatasetMutation> Mutations = DatasetMutation.Of(File.ReadAllText(RepositoryPaths.BundledDataset));

    private int _runs;

    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-mutation-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadingAndValidatingAMutatedDatasetNeverThrows() => Mutations.Sample(mutation =>
    {
        var load = DatasetLoader.Parse(mutation.Bytes, "mutated.json");
        AssertLocated(load.Diagnostics, "mutated.json");
        if (load.Dataset is null)
        {
            Assert.True(load.Diagnostics.HasErrors, "a dataset that did not load must say why");
            return;
        }
        AssertLocated(DatasetValidator.Validate(load.Dataset).Diagnostics, "mutated.json");
    }, iter: 300);

    [Fact]
    public void BuildingAMutatedDatasetSucceedsOrPublishesNothing() => Mutations.Sample(mutation =>
    {
        var run = Directory.CreateDirectory(Path.Combine(_folder, $"run-{Interlocked.Increment(ref _runs)}")).FullName;
        var dataset = Path.Combine(run, "mutated.json");
        File.WriteAllBytes(dataset, mutation.Bytes);
        var output = Path.Combine(run, "out");
        var result = ReportBuild.Run(new BuildRequest(dataset, output, Path.Combine(RepositoryPaths.Root, "templates"), run));
        if (result.Succeeded)
            Assert.Contains("manifest.json", result.Outputs);
        else
        {
            Assert.All(result.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.False(string.IsNullOrEmpty(d.Location?.File), d.ToString()));
            Assert.Empty(Directory.Exists(output) ? Directory.GetFileSystemEntries(output) : []);
        }
    }, iter: 12, threads: 1);

    /// <summary>Every error names the file, and a position or JSON path in it.</summary>
    private static void AssertLocated(DiagnosticBag diagnostics, string file) =>
        Assert.All(diagnostics.Where(d => d.Severity == Severity.Error), d =>
        {
            Assert.Equal(file, d.Location?.File);
            Assert.True(d.Location!.Line > 0 || !string.IsNullOrEmpty(d.Location.Path), d.ToString());
        });
}
