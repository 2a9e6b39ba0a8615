using IIJReportGen.Cli.Commands;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Reviews;
using IIJReportGen.Review.Tests;

namespace IIJReportGen.Cli.Tests;

/// <summary>`iijreport review`: writes the marks into the dataset (only them), and refuses unknown keys; the marks themselves are tested in Dataset.Tests.</summary>
public sealed class ReviewCommandTests
{
    private static IReadOnlyList<string> ToReview(string path) =>
        TextReviews.ToReview(new ReportModel(DatasetLoader.Load(path).Dataset!)).Select(t => t.Key).ToList();

    [Fact]
    public void Marks_the_named_texts_and_changes_nothing_else()
    {
        using var dataset = new EditedDataset(json => json.Remove("reviewed"), reviewed: false);
        var before = File.ReadAllText(dataset.Path);
        var output = new StringWriter();

        var exit = ReviewCommand.Run(dataset.Path, ["about", "about", "quote.president.results"], all: false, output, new StringWriter());

        Assert.Equal(0, exit);
        var texts = DatasetLoader.Load(dataset.Path).Dataset!.Texts;
        Assert.Equal(texts.Keys.Where(k => k is not ("about" or "quote.president.results")), ToReview(dataset.Path));
        Assert.Equal($"Marked 2 text(s) reviewed in {dataset.Path}; {texts.Count - 2} still to review.\n", output.ToString().ReplaceLineEndings("\n"));
        var after = File.ReadAllText(dataset.Path);
        Assert.StartsWith(before.TrimEnd()[..^1].TrimEnd(), after, StringComparison.Ordinal); // only the reviewed section is added, at the end
        Assert.Empty(Directory.GetFiles(dataset.Folder, "*.tmp"));
    }

    [Fact]
    public void All_marks_every_text()
    {
        using var dataset = new EditedDataset(json => json.Remove("reviewed"), reviewed: false);

        Assert.Equal(0, ReviewCommand.Run(dataset.Path, [], all: true, new StringWriter(), new StringWriter()));

        Assert.Empty(ToReview(dataset.Path));
    }

    [Theory]
    [InlineData(new[] { "abuot" }, false, "has no text 'abuot'. Did you mean 'about'?")]
    [InlineData(new string[0], false, "name the texts you have read (KEY…), or --all.")]
    [InlineData(new[] { "about" }, true, "give text keys or --all, not both.")]
    public void Unknown_keys_and_no_or_both_selections_are_usage_errors_that_write_nothing(string[] keys, bool all, string message)
    {
        using var dataset = new EditedDataset(json => json.Remove("reviewed"), reviewed: false);
        var before = File.ReadAllText(dataset.Path);
        var error = new StringWriter();

        var exit = ReviewCommand.Run(dataset.Path, keys, all, new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(dataset.Path));
    }
}
