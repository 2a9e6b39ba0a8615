using System.Globalization;
using System.Text.Json.Nodes;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>Any table length builds: the bundled dataset with two thousand more lines in its income statement builds, and every line is on the pages.</summary>
public sealed class LongTableBuildTests : IDisposable
{
    private const int Extra = 2_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-long-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_statement_of_two_thousand_more_lines_builds()
    {
        var dataset = Path.Combine(_folder, "long.json");
        File.WriteAllText(dataset, WithLongStatement(File.ReadAllText(RepositoryPaths.BundledDataset)));
        var output = Path.Combine(_folder, "out");

        var result = ReportBuild.Run(new BuildRequest(dataset, output, Path.Combine(RepositoryPaths.Root, "templates"), RepositoryPaths.Root));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Take(5)));
        var text = File.ReadAllLines(Path.Combine(output, "press-release.txt"));
        // The statement shows every line, in the 1H statement and again in the 2Q one (which takes its lines from it).
        Assert.Equal(2, text.Count(l => l.StartsWith($"Long line {Extra} ", StringComparison.Ordinal)));
        Assert.Equal(2 * Extra, text.Count(l => l.StartsWith("Long line ", StringComparison.Ordinal)));
    }

    /// <summary>The dataset with <see cref="Extra"/> lines added to its 1H income statement, each its own concept with a figure for every duration.</summary>
    private static string WithLongStatement(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var durations = root["periods"]!.AsObject().Where(p => (string?)p.Value!["type"] == "duration").Select(p => p.Key).ToList();
        var concepts = root["concepts"]!.AsObject();
        var lines = root["tables"]!["income-statement"]!["lines"]!.AsArray();
        for (var row = 1; row <= Extra; row++)
        {
            var name = "Long line " + row.ToString(CultureInfo.InvariantCulture);
            var values = new JsonObject();
            foreach (var period in durations)
                values[period] = row % 2 == 0 ? row : -row;
            concepts["LongLine" + row.ToString(CultureInfo.InvariantCulture)] = new JsonObject { ["label"] = name, ["unit"] = "JPY", ["scale"] = 3, ["values"] = values };
            lines.Add(new JsonObject { ["concept"] = "LongLine" + row.ToString(CultureInfo.InvariantCulture), ["label"] = name, ["indent"] = 1 });
        }
        return root.ToJsonString();
    }
}
