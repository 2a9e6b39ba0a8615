using IIJReportGen.Dataset.Tests;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Cli.Tests;

/// <summary>`where-used`: what it prints (the places themselves are tested in Pipeline.Tests).</summary>
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
    public void JsonHasOneObjectPerPlaceWithTheDocumentedFields()
    {
        var (exit, output) = Run("TotalRevenues", RepositoryPaths.BundledDataset, "--period", "1H13", "--format", "json");
        Assert.Equal(0, exit);
        var places = JArray.Parse(output).Cast<JObject>().ToList();

        Assert.NotEmpty(places);
        Assert.All(places, p => Assert.Equal(["document", "page", "section", "table", "concept", "period", "form", "shown", "template", "area"], p.Properties().Select(q => q.Name)));
        Assert.All(places, p => Assert.Equal(["left", "top", "right", "bottom"], ((JObject)p["area"]!).Properties().Select(q => q.Name)));
        Assert.All(places, p => Assert.Equal(("TotalRevenues", "1H13"), ((string?)p["concept"], (string?)p["period"])));
    }

    [Fact]
    public void UnknownConceptSuggestsOne()
    {
        var (exit, output) = Run("TotalRevenue", RepositoryPaths.BundledDataset);
        Assert.Equal(1, exit);
        Assert.Contains("error USE001: No document shows 'TotalRevenue'. Did you mean 'TotalRevenues'?", output);
    }

    [Fact]
    public void UnknownElementNameSuggestsTheElement()
    {
        var (exit, output) = Run("ChangeInTotalRevenue", RepositoryPaths.BundledDataset);
        Assert.Equal(1, exit);
        Assert.Contains("error USE001: No document shows 'ChangeInTotalRevenue'. Did you mean 'ChangeInTotalRevenues'?", output);
    }

    [Fact]
    public void AnElementNameListsTheFigureItNames()
    {
        var (exit, output) = Run("iij:TotalRevenues", RepositoryPaths.BundledDataset, "--period", "1H13", "--format", "json");
        Assert.Equal(0, exit);
        var places = JArray.Parse(output).Cast<JObject>().ToList();

        Assert.NotEmpty(places);
        Assert.All(places, p => Assert.Equal(("TotalRevenues", "1H13"), ((string?)p["concept"], (string?)p["period"])));
        Assert.All(places, p => Assert.True((int?)p["page"] >= 1));
    }
}
