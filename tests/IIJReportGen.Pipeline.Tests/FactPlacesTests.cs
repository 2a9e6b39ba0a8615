using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>Where a build shows a fact: documents, pages, sections, tables and template lines (what `where-used` prints).</summary>
public sealed class FactPlacesTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("iijreport-places-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void RevenuesAreFoundOnTheirPagesAndTables()
    {
        var result = ReportBuild.Run(new BuildRequest(RepositoryPaths.BundledDataset, _output, Path.Combine(RepositoryPaths.Root, "templates"), RepositoryPaths.Root));
        Assert.True(result.Succeeded);
        var places = result.Documents.SelectMany(FactPlaces.Of).Where(p => p.Use.Id == "TotalRevenues" && p.Use.Period == "1H13").ToList();
        var dataset = DatasetLoader.Load(RepositoryPaths.BundledDataset).Dataset!;
        var millions = Presentation.For(new ReportModel(dataset), "press-release").Show("TotalRevenues", "1H13", FigureForm.Millions)!.Text;

        Assert.NotEmpty(places);
        Assert.All(places, p => Assert.True(p.Page >= 1, $"no page for {p}"));
        var summary = Assert.Single(places, p => p.Table == "operating-results-summary-1h" && p.Use.Form == "millions");
        Assert.Equal(millions, summary.Use.Shown);
        Assert.Equal("Operating Results Summary", summary.Section);
        Assert.Contains(places, p => p.Document == "tse-summary" && p.Use.Shown == millions);
        Assert.All(places, p => Assert.StartsWith(Path.Combine(RepositoryPaths.Root, "templates") + "/", p.Use.Template.ToString()));
    }
}
