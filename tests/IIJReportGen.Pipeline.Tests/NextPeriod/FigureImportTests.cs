using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Tests;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline.NextPeriod;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Pipeline.Tests.NextPeriod;

/// <summary>`import`: a filled sheet's figures into the dataset, matched by header name, at the concept's scale; any wrong row and nothing is written.</summary>
public sealed class FigureImportTests : IDisposable
{
    private static readonly string Bundled = File.ReadAllText(RepositoryPaths.BundledDataset);

    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FigureSheet Csv(string text)
    {
        var path = Path.Combine(_folder, "filled.csv");
        File.WriteAllText(path, text);
        return FigureSheet.Read(path, new DiagnosticBag())!;
    }

    private static ImportResult Import(string json, FigureSheet sheet) => FigureImport.Apply(TodoListTests.Model(json).Dataset, json, sheet);

    private static JToken? Value(string json, string concept, string period) => DatasetJson.Parse(json)["concepts"]![concept]!["values"]![period];

    [Fact]
    public void Filled_values_are_written_in_place_and_the_rest_of_the_file_is_kept()
    {
        var root = DatasetJson.Parse(Bundled);
        root["concepts"]!["TotalRevenues"]!["values"]!["1H13"] = 1;
        root["concepts"]!["ContractedBandwidth"]!["values"]!["1H13-end"] = 1m;
        var changed = DatasetJson.Write(root, Bundled);

        // Columns in another order, a label and a used_in that are not read, thousands separators, a decimal.
        var result = Import(changed, Csv("value,period,concept,label\r\n\"54,396,959\",1H13,TotalRevenues,x\r\n1454.8,1H13-end,ContractedBandwidth,y\r\n"));

        Assert.False(result.Diagnostics.HasErrors);
        Assert.Equal((2, 2, 0), (result.Written, result.Changed, result.Empty));
        // Keys, order, figures as typed and the layout are kept byte for byte, one-line objects ({ "text": …, "confirm": … }) too.
        Assert.Equal(Bundled, result.Json);
    }

    [Fact]
    public void Importing_one_value_changes_its_line_and_no_other()
    {
        var result = Import(Bundled, Csv("concept,period,value\nTotalRevenues,1H13,54396960\n"));

        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics));
        var before = Bundled.Split('\n');
        var after = result.Json!.Split('\n');
        Assert.Equal(before.Length, after.Length);
        var changed = Assert.Single(Enumerable.Range(0, before.Length), i => before[i] != after[i]);
        Assert.Equal(before[changed].Replace("54396959", "54396960", StringComparison.Ordinal), after[changed]);
    }

    [Fact]
    public void Negatives_by_minus_or_parentheses_a_lone_dash_as_nil_and_new_values_in_the_period_order()
    {
        var json = TodoListTests.Without("OperatingIncome", "OtherIncomeExpenseNet", "ForeignExchangeGainsLosses");

        var result = Import(json, Csv("concept,period,value\nOperatingIncome,1H13,(3009)\nOtherIncomeExpenseNet,1H13,\"(1,234)\"\nForeignExchangeGainsLosses,1H13,-\n"));

        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(-3009L, Value(result.Json!, "OperatingIncome", "1H13")!.Value<long>());
        Assert.Equal(-1234L, Value(result.Json!, "OtherIncomeExpenseNet", "1H13")!.Value<long>());
        Assert.Equal(JTokenType.Null, Value(result.Json!, "ForeignExchangeGainsLosses", "1H13")!.Type);
        var order = ((JObject)DatasetJson.Parse(result.Json!)["concepts"]!["OperatingIncome"]!["values"]!).Properties().Select(p => p.Name).ToList();
        Assert.Equal(((JObject)DatasetJson.Parse(Bundled)["concepts"]!["OperatingIncome"]!["values"]!).Properties().Select(p => p.Name).Order(), order.Order());
    }

    [Fact]
    public void An_xlsx_sheet_is_read_with_its_numbers_and_texts()
    {
        var json = TodoListTests.Without("TotalRevenues", "ContractedBandwidth");
        var path = Path.Combine(_folder, "filled.xlsx");
        Workbook.Write(path, [["concept", "period", "scale", "value"], ["TotalRevenues", "1H13", 3d, 54396959d], ["ContractedBandwidth", "1H13-end", "", "1454.8"], ["", "", "", ""]]);
        var findings = new DiagnosticBag();

        var result = Import(json, FigureSheet.Read(path, findings)!);

        Assert.Empty(findings);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(54396959L, Value(result.Json!, "TotalRevenues", "1H13")!.Value<long>());
        Assert.Equal(1454.8m, Value(result.Json!, "ContractedBandwidth", "1H13-end")!.Value<decimal>());
    }

    [Fact]
    public void Every_wrong_row_is_an_error_at_its_row_and_column_and_nothing_is_written()
    {
        var sheet = Csv(string.Join("\n",
            "key,concept,period,value",
            ",TotalRevenue,1H13,1",
            ",TotalRevenues,1H13x,1",
            ",TotalRevenues,1H13,1.5",
            ",BasicEps,1H13,1",
            ",TotalRevenues,1H13,12abc",
            ",ContractedBandwidth,1H13-end,(-1)",
            "quote.president.results,,,",
            ",TotalRevenues,1H12,",
            ",TotalRevenues,1H13,2",
            ",TotalRevenues,1H13,3",
            ""));

        var result = Import(Bundled, sheet);

        Assert.Null(result.Json);
        Assert.Equal([
            "filled.csv:2:2 (B2): error IMP001: Row 2: The dataset has no concept 'TotalRevenue'. Did you mean 'TotalRevenues'?",
            "filled.csv:3:3 (C3): error IMP001: Row 3: The dataset has no period '1H13x'. Did you mean '1H13'?",
            "filled.csv:4:4 (D4): error IMP001: Row 4: 1.5 has 1 decimal(s), but concept 'TotalRevenues' is typed with 0 (at scale 3). Type the figure as the source prints it at the concept's scale (10^3 JPY), or change the concept's decimals.",
            "filled.csv:5:2 (B5): error IMP001: Row 5: 'BasicEps' is a measure, computed from concepts: fill those. BasicEps = (NetIncomeAttributableToIij / BasicWeightedAverageShares).",
            "filled.csv:6:4 (D6): error IMP001: Row 6: '12abc' is not a figure. Type digits with '.' for decimals; '-' or parentheses for a negative; a lone '-' for a nil.",
            "filled.csv:7:4 (D7): error IMP001: Row 7: '(-1)' is not a figure. Type digits with '.' for decimals; '-' or parentheses for a negative; a lone '-' for a nil.",
            "filled.csv:11:4 (D11): error IMP001: Row 11: 'TotalRevenues' for 1H13 is also given on row 10 with another value. Keep one row per concept and period.",
        ], result.Diagnostics.Select(d => d.ToString().Replace(_folder + "/", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_sheet_without_the_columns_or_that_is_no_sheet_is_an_error_at_the_file()
    {
        var headerless = Import(Bundled, Csv("TotalRevenues,1H13,1\n"));
        var text = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(text, "concept,period,value\n");
        var broken = Path.Combine(_folder, "broken.xlsx");
        File.WriteAllText(broken, "not a zip");
        var findings = new DiagnosticBag();

        Assert.Null(FigureSheet.Read(text, findings));
        Assert.Null(FigureSheet.Read(broken, findings));
        Assert.Null(FigureSheet.Read(Path.Combine(_folder, "missing.csv"), findings));

        Assert.Equal($"{_folder}/filled.csv:1:1 (A1): error IMP002: '{_folder}/filled.csv' has no concept, period, value column (its first row names the columns: totalrevenues, 1h13, 1). " +
            "Name the columns in the first row: concept,element,label,period,unit,scale,decimals,value,used_in,key (as 'iijreport todo --format csv' writes them).",
            Assert.Single(headerless.Diagnostics).ToString());
        var unreadable = findings.ToList();
        Assert.Equal(3, unreadable.Count);
        Assert.All(unreadable, f => Assert.Equal(PipelineCodes.SheetUnreadable, f.Code));
        Assert.Contains("is neither a CSV file (.csv) nor an Excel workbook", unreadable[0].Message, StringComparison.Ordinal);
        Assert.Contains("is not a workbook Excel can open", unreadable[1].Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", unreadable[2].Message, StringComparison.Ordinal);
    }
}
