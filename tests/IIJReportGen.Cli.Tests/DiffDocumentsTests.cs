using IIJReportGen.Dataset.Tests;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Cli.Tests;

/// <summary>`iijreport diff OLD NEW` renders both datasets' documents itself, so the prose redline needs no build folders.</summary>
public sealed class DiffDocumentsTests : IDisposable
{
    private readonly string _changed = Path.Combine(Path.GetTempPath(), $"iijreport-diff-new-{Guid.NewGuid():N}.json");
    private readonly string _original = Path.Combine(Path.GetTempPath(), $"iijreport-diff-old-{Guid.NewGuid():N}.json");

    public void Dispose()
    {
        File.Delete(_changed);
        File.Delete(_original);
    }

    private static (int Exit, string Output) Diff(string old, string @new, params string[] options)
    {
        var output = new StringWriter();
        var exit = CommandLineRunner.Run(CommandTree.Create(), ["diff", old, @new, "--templates", Path.Combine(RepositoryPaths.Root, "templates"), .. options], output, new StringWriter());
        return (exit, output.ToString());
    }

    [Fact]
    public void ChangedRevenueShowsInTheProseAndTheTables()
    {
        using var changed = new Review.Tests.EditedDataset(json => Review.Tests.EditedDataset.AddToRevenueAndCost(json, 1_000_000m));

        var (exit, text) = Diff(RepositoryPaths.BundledDataset, changed.Path);

        Assert.Equal(0, exit);
        Assert.Contains("Document press-release: prose", text);
        Assert.Contains("[-WAN services revenues were JPY12,618 million", text);
        Assert.Contains("{+WAN services revenues were JPY13,618 million", text);
        Assert.Contains("Network Services Revenues Breakdown | WAN Services | 1H13 / JPY millions: 12,618 -> 13,618", text);
    }

    [Fact]
    public void ANilCountInAUsDollarColumnIsBlankInTheDatasetCellsAsInTheDocument()
    {
        // A count on the per-share statement, which has a US$ column: the document leaves its US$ cell blank, so must the diff.
        WriteWithCount(_original, 7);
        WriteWithCount(_changed, null);

        var (exit, output) = Diff(_original, _changed, "--format", "json");

        Assert.Equal(0, exit);
        var json = JObject.Parse(output);
        var datasetCell = Assert.Single(json["cells"]!, c => (string?)c["figure"] == "ExampleCount");
        var documentCell = Assert.Single(json["documents"]!.SelectMany(d => d["cells"]!), c => (string?)c["row"] == "EXAMPLE COUNT");
        Assert.Equal(("7", "-"), ((string?)datasetCell["old"], (string?)datasetCell["new"]));
        Assert.Equal(("7", "-"), ((string?)documentCell["old"], (string?)documentCell["new"]));
    }

    private static void WriteWithCount(string path, int? firstHalf)
    {
        var json = JsonNode.Parse(File.ReadAllText(RepositoryPaths.BundledDataset))!;
        json["concepts"]!["ExampleCount"] = new JsonObject
        {
            ["label"] = "Example count",
            ["unit"] = "contracts",
            ["values"] = new JsonObject { ["1H12"] = 5, ["1H13"] = firstHalf, ["2Q12"] = 5, ["2Q13"] = 7 },
        };
        json["tables"]!["income-statement-per-share"]!["lines"]!.AsArray().Insert(1, new JsonObject { ["concept"] = "ExampleCount", ["label"] = "EXAMPLE COUNT" });
        File.WriteAllText(path, json.ToJsonString());
    }
}
