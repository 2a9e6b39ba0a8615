using System.Text.Json.Nodes;
using IIJReportGen.Dataset.Tests;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline.Tests.Kinds;

namespace IIJReportGen.Pipeline.Tests.Checks;

/// <summary>`validate` is build-ready: what the templates ask for and the dataset lacks is a located error of validate's, the
/// same as the build gives, found without writing anything.</summary>
public sealed class BuildReadyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-ready-").FullName;

    private static readonly string Templates = Path.Combine(RepositoryPaths.Root, "templates");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string FullYear(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(ReviewedTexts.MarkAll(KindDataset.Of(File.ReadAllText(RepositoryPaths.BundledDataset), "FY")))!.AsObject();
        edit(root);
        var path = Path.Combine(_folder, "fy.json");
        File.WriteAllText(path, root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    private static string[] Errors(DiagnosticBag findings) =>
        findings.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToArray();

    /// <summary>Validates the edited full year, then builds it: validate's errors are exactly the build's, and validate wrote nothing.</summary>
    private string[] ValidateThenBuild(Action<JsonObject> edit)
    {
        var dataset = FullYear(edit);
        var validated = Errors(ReportChecks.Validate(dataset, Templates).Diagnostics);
        Assert.Equal([dataset], Directory.GetFileSystemEntries(_folder));
        var built = ReportBuild.Run(new BuildRequest(dataset, Path.Combine(_folder, "out"), Templates, RepositoryPaths.Root));
        Assert.Equal(validated, Errors(built.Diagnostics));
        return validated;
    }

    private static string At(string template) => Path.Combine(Templates, template);

    [Fact]
    public void A_full_year_without_its_ratio_table_is_an_error_of_validate_at_the_template_that_shows_it()
    {
        var errors = ValidateThenBuild(root => root["tables"]!.AsObject().Remove("tse-ratios"));

        const string known = "Known tables: adjusted-ebitda, adjusted-ebitda-quarter, balance-sheet, capex, capex-quarter, cash-flows, cash-flows-quarter, comprehensive-income, connectivity-contracts, income-statement, income-statement-per-share, income-statement-per-share-quarter, ….";
        Assert.Equal([
            $"{At("tse-summary/period-rows.sbnhtml")}:3:9: error TP003: The dataset has no table 'tse-ratios'. {known}",
            $"{At("tanshin/period-rows.sbnhtml")}:3:9: error TP003: The dataset has no table 'tse-ratios'. {known}",
        ], errors);
    }

    [Fact]
    public void A_full_year_without_the_annual_reports_filing_date_is_an_error_of_validate_at_the_form_fact_that_states_it()
    {
        var errors = ValidateThenBuild(root => root["report"]!["dates"]!.AsObject().Remove("annualReportFiling"));

        const string missing = "error TP003: The TDnet summary form needs the report date 'annualReportFiling', which the dataset lacks. Add it to report.dates in the dataset.";
        Assert.Equal([$"{At("tse-summary/filing.sbnhtml")}:13:63: {missing}", $"{At("tanshin/filing.sbnhtml")}:13:33: {missing}"], errors);
    }

    [Fact]
    public void A_text_a_template_cites_that_the_dataset_lacks_is_an_error_of_validate_at_the_citation()
    {
        var errors = ValidateThenBuild(root => root["texts"]!.AsObject().Remove("tse.percent-shown"));

        Assert.Equal([$"{At("tse-summary/tse-summary.sbnhtml")}:18:29: error TP003: The dataset has no text 'tse.percent-shown'. Did you mean 'tanshin.percent-shown'?"], errors);
    }

    [Fact]
    public void A_figure_only_a_template_writes_is_VAL005_at_its_template_line_with_where_to_type_it()
    {
        var errors = ValidateThenBuild(root => root["concepts"]!["AtmsPlaced"]!["values"]!.AsObject().Clear());

        Assert.Equal([$"{At("press-release/results.sbnhtml")}:21:159: error VAL005: 'AtmsPlaced' has no value for period 'Release-2013-11-08'. " +
            "Add a value in the dataset at $.concepts.AtmsPlaced.values[\"Release-2013-11-08\"] (null for a dash)."], errors);
    }

    [Fact]
    public void Every_missing_figure_is_found_in_one_run_each_traced_to_the_facts_to_type()
    {
        var errors = ValidateThenBuild(root => root["concepts"]!["SiOrdersReceivedOperationAndMaintenance"]!["values"]!.AsObject().Remove("FY2013"));

        Assert.All(errors, e => Assert.Contains("error VAL005: ", e));
        Assert.All(errors, e => Assert.EndsWith("Add a value in the dataset at $.concepts.SiOrdersReceivedOperationAndMaintenance.values[\"FY2013\"] (null for a dash).", e));
        // Written by a shared partial: at the line that names the figure, the partial's line after the message.
        Assert.Contains($"{At("press-release/results.sbnhtml")}:18:59: error VAL005: 'SiOrdersReceived' has no value for period 'FY2013'. (via {At("shared/amount.sbnhtml")}:3:82) " +
            "Add a value in the dataset at $.concepts.SiOrdersReceivedOperationAndMaintenance.values[\"FY2013\"] (null for a dash).", errors);
        Assert.Contains(errors, e => e.StartsWith($"{At("press-release/results.sbnhtml")}:18:522: error VAL005: 'SiOrdersReceivedOperationAndMaintenance' has no value for period 'FY2013'.", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'SiOrdersReceivedOperationAndMaintenance' has no YoY % for 'FY2013'", StringComparison.Ordinal));
    }
}
