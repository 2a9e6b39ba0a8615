using System.Text;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Tests;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline.NextPeriod;
using IIJReportGen.Templating;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Pipeline.Tests.NextPeriod;

/// <summary>`todo`'s list: each fact to fill once, traced from the tables and texts to the concepts, with where the templates use it.</summary>
public sealed class TodoListTests
{
    private static readonly string Bundled = File.ReadAllText(RepositoryPaths.BundledDataset);

    private static TemplateFiles Templates => new(Path.Combine(RepositoryPaths.Root, "templates"));

    internal static ReportModel Model(string json) => new(DatasetLoader.Parse(Encoding.UTF8.GetBytes(json), "dataset.json").Dataset!);

    /// <summary>The bundled dataset with the current period's values of some concepts taken out.</summary>
    internal static string Without(params string[] concepts)
    {
        var root = DatasetJson.Parse(Bundled);
        foreach (var concept in concepts)
            ((JObject)root["concepts"]![concept]!["values"]!).Remove("1H13");
        return DatasetJson.Write(root, Bundled);
    }

    [Fact]
    public void A_figure_a_shared_partial_writes_is_used_in_the_line_that_names_it_via_the_partials_line()
    {
        var json = Without("SiOrdersReceivedOperationAndMaintenance");
        var item = TodoList.Of(json, Model(json), Templates, new DiagnosticBag()).Single(i => i.Concept == "SiOrdersReceivedOperationAndMaintenance");

        var folder = Templates.DisplayName;
        Assert.Contains($"press-release {folder}/press-release/results.sbnhtml:18 via {folder}/shared/amount.sbnhtml:3", item.UsedIn);
        Assert.Contains($"press-release {folder}/press-release/results.sbnhtml:18 via {folder}/shared/yoy-clause.sbnhtml:4", item.UsedIn);
    }

    [Fact]
    public void The_bundled_dataset_has_nothing_to_fill_or_review()
    {
        Assert.Empty(TodoList.Of(Bundled, Model(Bundled), Templates, new DiagnosticBag()));
    }

    [Fact]
    public void A_figure_shown_in_many_tables_and_texts_is_one_row_at_its_concept_and_a_measure_is_traced_to_its_operands()
    {
        // TotalRevenues 1H13 is shown by a dozen table cells; DepreciationAndAmortization also through the Adjusted EBITDA
        // measure; ForeignExchangeGainsLosses is cited by a text.
        var json = Without("TotalRevenues", "DepreciationAndAmortization", "ForeignExchangeGainsLosses");
        var items = TodoList.Of(json, Model(json), Templates, new DiagnosticBag());

        var fill = items.Where(i => i.Key.Length == 0).ToList();
        Assert.Equal(["DepreciationAndAmortization 1H13", "ForeignExchangeGainsLosses 1H13", "TotalRevenues 1H13"], fill.Select(i => $"{i.Concept} {i.Period}").Order(StringComparer.Ordinal));
        var revenues = fill.Single(i => i.Concept == "TotalRevenues");
        Assert.Equal(("TotalRevenues", "Total revenues", "JPY", 3, 0), (revenues.Element, revenues.Label, revenues.Unit, revenues.Scale, revenues.Decimals));
        var folder = Templates.DisplayName;
        Assert.Contains(revenues.UsedIn, p => p.StartsWith($"press-release {folder}/press-release/press-release.sbnhtml:", StringComparison.Ordinal));
        Assert.Contains(revenues.UsedIn, p => p.StartsWith($"press-release {folder}/press-release/highlights.sbnhtml:", StringComparison.Ordinal));
        Assert.Contains(revenues.UsedIn, p => p.StartsWith($"tse-summary {folder}/tse-summary/", StringComparison.Ordinal));
        Assert.Contains(fill.Single(i => i.Concept == "DepreciationAndAmortization").UsedIn, p => p.StartsWith($"press-release {folder}/press-release/", StringComparison.Ordinal));
        // A text citing a figure taken out no longer reads as it was reviewed: a row with its key, no concept or period.
        var cites = Model(json).Dataset.Texts.Where(t => t.Text.Contains("{ForeignExchangeGainsLosses@1H13|", StringComparison.Ordinal)).Select(t => t.Key).ToList();
        Assert.NotEmpty(cites);
        Assert.Equal(cites, items.Where(i => i.Key.Length > 0 && i.Concept.Length == 0 && i.Period.Length == 0).Select(i => i.Key).Intersect(cites));
    }

    [Fact]
    public void Csv_has_the_header_and_one_row_per_fact_with_its_value_empty()
    {
        var json = Without("TotalRevenues");
        var items = TodoList.Of(json, Model(json), Templates, new DiagnosticBag());
        var csv = TodoList.Csv(items);

        var rows = Rfc4180.Read(csv, out var unclosed);

        Assert.Null(unclosed);
        Assert.Equal("concept,element,label,period,unit,scale,decimals,value,used_in,key", csv[..csv.IndexOf("\r\n", StringComparison.Ordinal)]);
        Assert.Equal(["TotalRevenues", "TotalRevenues", "Total revenues", "1H13", "JPY", "3", "0", ""], rows[1].Take(8));
        Assert.All(rows, r => Assert.Equal(10, r.Count));
    }

    [Fact]
    public void Rfc4180_quotes_commas_quotes_and_line_breaks_and_reads_them_back()
    {
        IReadOnlyList<string>[] records = [["a,b", "say \"hi\"", "two\nlines", "plain"], ["", "x", "", ""]];

        var text = Rfc4180.Write(records);

        Assert.Equal("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n,x,,\r\n", text);
        Assert.Equal(records, Rfc4180.Read(text, out _));
        Assert.Equal([["a", "b"], ["c", "d"]], Rfc4180.Read("\uFEFFa,b\nc,d", out _));
        Rfc4180.Read("a,\"open\nb", out var unclosed);
        Assert.Equal(1, unclosed);
    }
}
