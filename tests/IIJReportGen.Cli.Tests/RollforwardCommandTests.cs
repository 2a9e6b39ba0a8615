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

        // Exit 1: the carried-over stock-split notes state a date of the old periods (VAL009), listed for review.
        Assert.Equal(1, exit);
        Assert.Contains("VAL009", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(Roll().Json, File.ReadAllText(target));
        Assert.Contains("$.texts['quote.president.results']", output.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"To fill: \d+ figure\(s\)", output.ToString());
        Assert.Empty(Directory.GetFiles(folder.Folder, "*.tmp"));
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
