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
    public void Reviewing_the_bundled_dataset_keeps_it_byte_for_byte_but_the_one_mark_that_changes()
    {
        var folder = Directory.CreateTempSubdirectory("iijreport-review-").FullName;
        try
        {
            var path = Path.Combine(folder, "fy2013-1h.json");
            var bundled = File.ReadAllText(RepositoryPaths.BundledDataset);
            File.WriteAllText(path, bundled);

            // An already-reviewed text: nothing changes, not even the one-line { "text": …, "confirm": … } objects.
            Assert.Equal(0, ReviewCommand.Run(path, ["tanshin.contact.name"], all: false, new StringWriter(), new StringWriter()));
            Assert.Equal(bundled, File.ReadAllText(path));

            // A text reworded inside its one-line object: only its mark's line changes.
            var edited = bundled.Replace("\"text\": \"渡井 昭久\"", "\"text\": \"渡井　昭久\"", StringComparison.Ordinal);
            Assert.NotEqual(bundled, edited);
            File.WriteAllText(path, edited);
            Assert.Equal(0, ReviewCommand.Run(path, ["tanshin.contact.name"], all: false, new StringWriter(), new StringWriter()));
            var before = edited.Split('\n');
            var after = File.ReadAllText(path).Split('\n');
            Assert.Equal(before.Length, after.Length);
            var changed = Assert.Single(Enumerable.Range(0, before.Length), i => before[i] != after[i]);
            Assert.StartsWith("    \"tanshin.contact.name\": \"", after[changed], StringComparison.Ordinal);
            Assert.Empty(ToReview(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
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
