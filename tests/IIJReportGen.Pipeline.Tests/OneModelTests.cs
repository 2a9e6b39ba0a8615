using System.Runtime.CompilerServices;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>A build makes one ReportModel and hands it to every stage: validation, templates, Inline XBRL and the XBRL filing.</summary>
public sealed class OneModelTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("iijreport-model-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void ChecksHandTheirModelToTheXbrlVocabulary()
    {
        var checkedDataset = DatasetChecks.Run(RepositoryPaths.BundledDataset);

        Assert.NotNull(checkedDataset.Model);
        Assert.Same(checkedDataset.Model, checkedDataset.Vocabulary!.Model);
    }

#if DEBUG
    // ReportModel counts its constructions only in debug builds (the tests' default configuration).
    [Fact]
    public void ABuildMakesExactlyOneModel()
    {
        var made = new StrongBox<int>();
        ReportModel.Constructions.Value = made;
        try
        {
            var result = ReportBuild.Run(new BuildRequest(RepositoryPaths.BundledDataset, _output, Path.Combine(RepositoryPaths.Root, "templates"), RepositoryPaths.Root));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }
        finally
        {
            ReportModel.Constructions.Value = null;
        }
        Assert.Equal(1, made.Value);
    }
#endif
}
