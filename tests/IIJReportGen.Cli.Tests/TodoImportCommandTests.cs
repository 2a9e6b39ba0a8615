using IIJReportGen.Cli.Commands;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Pipeline.NextPeriod;
using IIJReportGen.Review.Tests;
using RepositoryPaths = IIJReportGen.Dataset.Tests.RepositoryPaths;

namespace IIJReportGen.Cli.Tests;

/// <summary>`iijreport todo` and `iijreport import` as a person runs them: what they print, what they write, what they refuse.</summary>
public sealed class TodoImportCommandTests
{
    private static string Templates => Path.Combine(RepositoryPaths.Root, "templates");

    [Fact]
    public void Todo_prints_each_fact_once_in_text_json_or_csv()
    {
        using var dataset = new EditedDataset(json => ((Newtonsoft.Json.Linq.JObject)json["concepts"]!["TotalRevenues"]!["values"]!).Remove("1H13"));
        var (text, json, csv) = (new StringWriter(), new StringWriter(), new StringWriter());

        Assert.Equal(0, TodoCommand.Run(dataset.Path, Templates, "text", text, new StringWriter()));
        Assert.Equal(0, TodoCommand.Run(dataset.Path, Templates, "json", json, new StringWriter()));
        Assert.Equal(0, TodoCommand.Run(dataset.Path, Templates, "csv", csv, new StringWriter()));

        // Templates outside the current folder are named by their full path.
        Assert.StartsWith($"To fill: 1 fact(s).\n  TotalRevenues 1H13: Total revenues (JPY, typed ×10^3, 0 decimal(s)) — used in press-release {Templates}/press-release/", text.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var parsed = Newtonsoft.Json.Linq.JObject.Parse(json.ToString());
        Assert.Equal("TotalRevenues", parsed["toFill"]![0]!["concept"]!.ToString());
        Assert.Equal(3, (int)parsed["toFill"]![0]!["scale"]!);
        var rows = Rfc4180.Read(csv.ToString(), out _);
        Assert.Equal(TodoList.Columns, rows[0]);
        Assert.Single(rows, r => r[0] == "TotalRevenues");
        Assert.Equal(parsed["toReview"]!.Count(), rows.Skip(1).Count(r => r[9].Length > 0));
    }

    [Fact]
    public void Import_writes_the_filled_figures_and_a_wrong_row_writes_nothing()
    {
        using var dataset = new EditedDataset(json => ((Newtonsoft.Json.Linq.JObject)json["concepts"]!["TotalRevenues"]!["values"]!).Remove("1H13"));
        var before = File.ReadAllText(dataset.Path);
        var bad = Path.Combine(dataset.Folder, "bad.csv");
        File.WriteAllText(bad, "concept,period,value\nTotalRevenues,1H13,1.5\n");
        var good = Path.Combine(dataset.Folder, "good.csv");
        File.WriteAllText(good, "concept,period,value\nTotalRevenues,1H13,\"54,396,959\"\n");
        var (error, output) = (new StringWriter(), new StringWriter());

        Assert.Equal(1, ImportCommand.Run(dataset.Path, bad, new StringWriter(), error));
        Assert.Equal(before, File.ReadAllText(dataset.Path));
        Assert.Contains($"{bad}:2:3 (C2): error IMP001: Row 2: 1.5 has 1 decimal(s)", error.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, ImportCommand.Run(dataset.Path, good, output, new StringWriter()));
        Assert.Equal($"Imported 1 figure(s) into {dataset.Path} (1 new or changed); 0 row(s) left empty. Next: 'iijreport validate {dataset.Path}'.\n", output.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(54396959m, DatasetLoader.Load(dataset.Path).Dataset!.Concepts["TotalRevenues"].Values["1H13"].Typed);
        Assert.Empty(Directory.GetFiles(dataset.Folder, "*.tmp"));
    }
}
