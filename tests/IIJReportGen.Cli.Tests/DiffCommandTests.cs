using System.Runtime.CompilerServices;
using IIJReportGen.Cli.Commands;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Review.Tests;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Cli.Tests;

/// <summary>`iijreport diff`: exit codes and the report's three formats (the comparisons are tested in Review.Tests).</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly EditedDataset _original = new();
    private readonly EditedDataset _edited = new(json =>
    {
        EditedDataset.AddToRevenueAndCost(json, 1_000_000m);
        json["texts"]!["about"] = "<script>alert('x')</script> & \"IIJ\"";
    });

    /// <summary>Revenue up alone: the statements no longer foot (VAL001) and tie-outs fail (VAL002).</summary>
    private readonly EditedDataset _unbalanced = new(json => EditedDataset.Add(json, "WanServicesRevenue", "1H13", 1_000_000m));

    public void Dispose()
    {
        _original.Dispose();
        _edited.Dispose();
        _unbalanced.Dispose();
    }

    private static (int Exit, string Output) Run(DiffRequest request)
    {
        var (exit, output, _) = RunWithErrors(request);
        return (exit, output);
    }

    private static (int Exit, string Output, string Error) RunWithErrors(DiffRequest request)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = DiffCommand.Run(request, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Identical_inputs_report_no_changes_and_exit_0()
    {
        var (exit, output) = Run(new DiffRequest(_original.Path, _original.Path));

        Assert.Equal(0, exit);
        Assert.EndsWith("No changes.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Differences_are_a_report_not_a_failure()
    {
        var (exit, output, error) = RunWithErrors(new DiffRequest(_original.Path, _edited.Path));

        Assert.Equal(0, exit);
        Assert.DoesNotContain("error", error, StringComparison.Ordinal);
        Assert.Contains("~ WanServicesRevenue 1H13: ", output, StringComparison.Ordinal);
        Assert.Contains("{+<script>alert('x')</script> & \"IIJ\"+}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_input_exits_1_with_its_finding()
    {
        File.WriteAllText(_edited.Path, "{ \"company\": {}, }");

        var (exit, output) = Run(new DiffRequest(_original.Path, _edited.Path));

        Assert.Equal(1, exit);
        Assert.Contains($"{_edited.Path}:1:", output, StringComparison.Ordinal);
        Assert.Contains("error DS002", output, StringComparison.Ordinal);
        Assert.EndsWith("1 error(s), 0 warning(s).\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_dataset_with_validation_errors_exits_1_with_its_errors_and_the_report_still_printed(bool newIsInvalid)
    {
        var (old, @new) = newIsInvalid ? (_original.Path, _unbalanced.Path) : (_unbalanced.Path, _original.Path);

        var (exit, output, error) = RunWithErrors(new DiffRequest(old, @new));

        Assert.Equal(1, exit);
        Assert.Contains("WanServicesRevenue 1H13: ", output, StringComparison.Ordinal);
        var lines = error.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith(_unbalanced.Path + ":", StringComparison.Ordinal) && l.Contains(": error VAL001: ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(": warning ", StringComparison.Ordinal) || l.StartsWith(_original.Path, StringComparison.Ordinal));
        Assert.Matches(@"^\d+ error\(s\), 0 warning\(s\)\.$", lines[^1]);
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        var (_, output) = Run(new DiffRequest(_original.Path, _edited.Path, "json"));
        var json = JObject.Parse(output);

        Assert.Equal(["old", "new", "identical", "facts", "measures", "cells", "texts", "documents"], json.Properties().Select(p => p.Name));
        Assert.False((bool)json["identical"]!);
        var fact = (JObject)json["facts"]!.First(f => (string)f["concept"]! == "WanServicesRevenue");
        Assert.Equal(["kind", "concept", "label", "period", "unit", "scale", "old", "new", "delta", "deltaPercent", "appearsIn"], fact.Properties().Select(p => p.Name));
        Assert.Equal(1_000_000L, (long)fact["delta"]!["typed"]!);
        Assert.Equal(1_000_000_000L, (long)fact["delta"]!["base"]!);
        Assert.Equal(JTokenType.Integer, fact["old"]!["base"]!.Type);
        var cell = (JObject)json["cells"]!.First();
        Assert.Equal(["kind", "table", "title", "line", "column", "figure", "period", "old", "new"], cell.Properties().Select(p => p.Name));
        Assert.Equal("inserted", (string)json["texts"]![0]!["redline"]!.Last!["kind"]!);
    }

    [Fact]
    public void Html_escapes_every_text_and_marks_the_redline()
    {
        var target = Path.Combine(_edited.Folder, "report.html");

        var (exit, output) = Run(new DiffRequest(_original.Path, _edited.Path, "html", target));
        var html = File.ReadAllText(target);

        Assert.Equal(0, exit);
        Assert.Empty(output);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("<ins>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;IIJ&quot;</ins>", html, StringComparison.Ordinal);
        Assert.Contains("<del>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"num changed\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Built_documents_are_redlined_when_both_folders_are_given()
    {
        var request = new DiffRequest(_original.Path, _original.Path, OldDocuments: RepositoryPaths.Sample("old"), NewDocuments: RepositoryPaths.Sample("new"));

        var (exit, output) = Run(request);

        Assert.Equal(0, exit);
        Assert.Contains("Document press-release: prose (2)", output, StringComparison.Ordinal);
        Assert.Contains("~ [Revenues] Total revenues were JPY54,397 million, up [-6.4%-] {+7.0%+} YoY.", output, StringComparison.Ordinal);
        Assert.Contains("~ table 1 Operating Results Summary | Total Revenues | YoY %: 6.4 -> 7.0", output, StringComparison.Ordinal);
    }

#if DEBUG
    // ReportModel counts its constructions only in debug builds (the tests' default configuration).
    [Fact]
    public void Each_dataset_is_one_model_for_its_figures_and_its_documents()
    {
        var made = new StrongBox<int>();
        ReportModel.Constructions.Value = made;
        try
        {
            var (exit, output) = Run(new DiffRequest(_original.Path, _edited.Path, Templates: Path.Combine(RepositoryPaths.Root, "templates")));
            Assert.Equal(0, exit);
            Assert.Contains("Document press-release", output, StringComparison.Ordinal);
        }
        finally
        {
            ReportModel.Constructions.Value = null;
        }
        Assert.Equal(2, made.Value);
    }
#endif

    [Fact]
    public void One_documents_folder_without_the_other_is_a_usage_error()
    {
        var (exit, _) = Run(new DiffRequest(_original.Path, _original.Path, OldDocuments: RepositoryPaths.Sample("old")));

        Assert.Equal(2, exit);
    }
}
