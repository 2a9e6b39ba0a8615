using IIJReportGen.Dataset.Loading;
using IIJReportGen.Review.Rollforward;
using IIJReportGen.Review.Tests;
using IIJReportGen.Cli.Commands;

namespace IIJReportGen.Cli.Tests;

/// <summary>`iijreport rollforward`: the file it writes, what it prints and its exit codes (the rolling itself is tested in Review.Tests).</summary>
public sealed class RollforwardCommandTests
{
    private const string To = "1H14";

    private static RollforwardResult Roll() =>
        DatasetRollforward.Roll(DatasetLoader.Load(RepositoryPaths.BundledDataset).Dataset!, File.ReadAllText(RepositoryPaths.BundledDataset), To);

    [Fact]
    public void The_command_writes_the_file_and_lists_what_to_review_and_fill()
    {
        using var folder = new EditedDataset();
        var target = Path.Combine(folder.Folder, "fy2014-1h.json");
        var output = new StringWriter();

        var exit = RollforwardCommand.Run(RepositoryPaths.BundledDataset, To, target, output, new StringWriter());

        // Exit 0: the skeleton's only errors are figures to fill and texts to review (the stock-split notes' "effective
        // October 1, 2012" is the day after a period, not a date left behind: no VAL009).
        Assert.Equal(0, exit);
        Assert.DoesNotContain("VAL009", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(Roll().Json, File.ReadAllText(target));
        Assert.Contains("$.texts['quote.president.results']", output.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"To fill: \d+ figure\(s\)", output.ToString());
        Assert.Contains($"To review: {DatasetLoader.Load(RepositoryPaths.BundledDataset).Dataset!.Texts.Count} text(s) carried over (VAL012)", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("error VAL012", output.ToString(), StringComparison.Ordinal); // counted, not listed one by one
        Assert.Empty(Directory.GetFiles(folder.Folder, "*.tmp"));
    }

    [Fact]
    public void Out_naming_the_input_is_a_usage_error_and_the_input_stays()
    {
        using var folder = new EditedDataset();
        var before = File.ReadAllText(folder.Path);
        var error = new StringWriter();
        var alias = Path.Combine(folder.Folder, ".", Path.GetFileName(folder.Path));

        var exit = RollforwardCommand.Run(folder.Path, To, alias, new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("is the dataset being rolled", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(folder.Path));
    }

    [Fact]
    public void A_dataset_that_does_not_load_is_reported_on_standard_error_so_standard_output_stays_a_dataset()
    {
        using var folder = new EditedDataset();
        File.WriteAllText(folder.Path, "{ \"company\": ");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = RollforwardCommand.Run(folder.Path, To, null, output, error);

        Assert.Equal(1, exit);
        Assert.Equal("", output.ToString());
        Assert.Contains("error DS002", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_that_is_not_the_current_period_later_is_a_usage_error()
    {
        var error = new StringWriter();

        var exit = RollforwardCommand.Run(RepositoryPaths.BundledDataset, "2Q14", null, new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("1H14", error.ToString(), StringComparison.Ordinal);
    }
}
