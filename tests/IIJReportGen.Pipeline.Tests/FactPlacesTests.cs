using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Tests;
using IIJReportGen.Layout;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>Where a build shows a fact (what `where-used` prints): read from the marks the templates put on each use's text
/// and the pages the layout draws them on, never by searching the text.</summary>
public sealed class FactPlacesTests : IDisposable
{
    /// <summary>A press release of two pages with the same figure on each, and a word the figure chooses on the second.</summary>
    private const string TwoPages = """
        <html {{ namespaces }} xml:lang="en">
        <head><title>Two pages</title></head>
        <body>
        <h1>First</h1>
        <p>Revenues were {{ currency.symbol }}{{ millions "TotalRevenues" report.current }} million.</p>
        <h2 style="page-break-before: always">Second</h2>
        <p>Once more, {{ currency.symbol }}{{ millions "TotalRevenues" report.current }} million: revenues
        {{ if (change_trend "TotalRevenues" report.current "changeMillions") == "up" }}increased{{ else }}decreased{{ end }} on the year.</p>
        </body>
        </html>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-places-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The bundled templates with the press release replaced by <paramref name="pressRelease"/>.</summary>
    private BuildRequest WithPressRelease(string pressRelease)
    {
        var source = Path.Combine(RepositoryPaths.Root, "templates");
        var templates = Path.Combine(_folder, "templates");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(templates, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        File.WriteAllText(Path.Combine(templates, "press-release", "press-release.sbnhtml"), pressRelease);
        return new BuildRequest(RepositoryPaths.BundledDataset, Path.Combine(_folder, "out"), templates);
    }

    [Fact]
    public void AFigureRepeatedOnTwoPagesIsFoundOnBothAndAWordItChoseIsFoundToo()
    {
        var uses = FigureUses.Find(WithPressRelease(TwoPages), "TotalRevenues", null);

        Assert.True(uses.Succeeded, string.Join('\n', uses.Diagnostics));
        Assert.Equal([(1, "First", "millions"), (2, "Second", "millions"), (2, "Second", "changeMillions")],
            uses.Places.Where(p => p.Document == "press-release").Select(p => (p.Page, p.Section, p.Use.Form)));
    }

    [Fact]
    public void AnXbrlElementNameFindsTheFigureItNamesAndAChangeElementItsPercentChanges()
    {
        var request = WithPressRelease(TwoPages);

        var byName = FigureUses.Find(request, "iij:TotalRevenues", "1H13");
        var changes = FigureUses.Find(request, "ChangeInTotalRevenues", null);

        Assert.Equal([(1, "millions"), (2, "millions"), (2, "changeMillions")],
            byName.Places.Where(p => p.Document == "press-release").Select(p => (p.Page, p.Use.Form)));
        Assert.Contains(byName.Places, p => p.Document == "tse-summary");
        Assert.All(byName.Places, p => Assert.Equal("TotalRevenues", p.Use.Id));
        Assert.DoesNotContain(byName.Places, p => p.Use.Form == FigureForm.YoyPercent.Name);
        Assert.NotEmpty(changes.Places);
        Assert.All(changes.Places, p => Assert.Equal(("TotalRevenues", FigureForm.YoyPercent.Name), (p.Use.Id, p.Use.Form)));
    }

    [Fact]
    public void ATdnetSummaryNameFindsTheFiguresTheDatasetMapsToItAndItsChangeElementTheirPercentChanges()
    {
        var request = WithPressRelease(TwoPages);

        var byName = FigureUses.Find(request, "NetSalesUS", null);
        var changes = FigureUses.Find(request, "iij:ChangeInNetSalesUS", null);

        // The bundled dataset maps revenues and the revenue target to NetSalesUS (results and forecast, one element).
        Assert.True(byName.Succeeded, string.Join('\n', byName.Diagnostics));
        Assert.Equal(["TotalRevenues", "TotalRevenuesTarget"], byName.Places.Select(p => p.Use.Id).Distinct().Order());
        Assert.Contains(byName.Places, p => p.Document == "tse-summary" && p.Use.Id == "TotalRevenuesTarget");
        Assert.DoesNotContain(byName.Places, p => p.Use.Form == FigureForm.YoyPercent.Name);
        Assert.NotEmpty(changes.Places);
        Assert.All(changes.Places, p => Assert.Equal(FigureForm.YoyPercent.Name, p.Use.Form));
        Assert.Contains(changes.Places, p => p.Document == "tse-summary" && p.Use.Id == "TotalRevenues");
    }

    [Fact]
    public void EveryFigureOfTheBundledDocumentsIsFoundOnAPageThatShowsIt()
    {
        var result = ReportBuild.Run(new BuildRequest(RepositoryPaths.BundledDataset, Path.Combine(_folder, "out"), Path.Combine(RepositoryPaths.Root, "templates"), RepositoryPaths.Root));
        Assert.True(result.Succeeded);
        var places = result.Documents.SelectMany(FactPlaces.Of).ToList();
        var text = result.Documents.ToDictionary(d => d.Name, d => d.Layout.Pages.Select(p => string.Join(' ', PlainTextRendition.Lines(p))).ToList());
        var dataset = DatasetLoader.Load(RepositoryPaths.BundledDataset).Dataset!;
        var millions = Presentation.For(new ReportModel(dataset), "press-release").Show("TotalRevenues", "1H13", FigureForm.Millions)!.Text;

        Assert.All(places, p => Assert.True(p.Page >= 1, $"no page for {p}"));
        Assert.All(places.Where(p => p.Use.Shown is { Length: > 0 }), p => Assert.Contains(p.Use.Shown!, text[p.Document][p.Page!.Value - 1]));
        var revenues = places.Where(p => p.Use.Id == "TotalRevenues" && p.Use.Period == "1H13").ToList();
        var summary = Assert.Single(revenues, p => p.Table == "operating-results-summary" && p.Use.Form == "millions");
        Assert.Equal(millions, summary.Use.Shown);
        Assert.Equal("Operating Results Summary", summary.Section);
        Assert.Contains(revenues, p => p.Document == "tse-summary" && p.Use.Shown == millions);
        Assert.All(places, p => Assert.StartsWith(Path.Combine(RepositoryPaths.Root, "templates") + "/", p.Use.Template.ToString()));
    }
}
