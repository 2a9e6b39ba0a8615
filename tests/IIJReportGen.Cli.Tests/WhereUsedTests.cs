using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Dataset.Tests;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Cli.Tests;

/// <summary>`where-used`: the places come from a build — documents, pages, sections, tables and template lines.</summary>
public class WhereUsedTests
{
    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = CommandLineRunner.Run(CommandTree.Create(),
            ["where-used", .. args, "--templates", Path.Combine(RepositoryPaths.Root, "templates")], output, new StringWriter());
        return (exit, output.ToString());
    }

    [Fact]
    public void RevenuesAreFoundOnTheirPagesAndTables()
    {
        var (exit, output) = Run("TotalRevenues", RepositoryPaths.BundledDataset, "--period", "1H13", "--format", "json");
        Assert.Equal(0, exit);
        var places = JArray.Parse(output).Cast<JObject>().ToList();
        var dataset = DatasetLoader.Load(RepositoryPaths.BundledDataset).Dataset!;
        var millions = NumberText.Format(new Presentation(new ReportModel(dataset), RoundingMode.HalfUp).Shown("TotalRevenues", "1H13", PublishedForm.Millions)!.Value, 0, dataset.Policies.NegativeStyle);

        Assert.All(places, p => Assert.True((int?)p["page"] >= 1, $"no page for {p}"));
        var summary = Assert.Single(places, p => (string?)p["table"] == "operating-results-summary-1h" && (string?)p["form"] == "millions");
        Assert.Equal(millions, (string?)summary["shown"]);
        Assert.Equal("Operating Results Summary", (string?)summary["section"]);
        Assert.Contains(places, p => (string?)p["document"] == "tse-summary" && (string?)p["shown"] == millions);
        Assert.All(places, p => Assert.StartsWith("templates/", (string?)p["template"]));
    }

    [Fact]
    public void UnknownConceptSuggestsOne()
    {
        var (exit, output) = Run("TotalRevenue", RepositoryPaths.BundledDataset);
        Assert.Equal(1, exit);
        Assert.Contains("error USE001: No document shows 'TotalRevenue'. Did you mean 'TotalRevenues'?", output);
    }
}
