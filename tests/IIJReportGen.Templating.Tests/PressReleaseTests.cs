namespace IIJReportGen.Templating.Tests;

/// <summary>The press release reads as the published one where the dataset's figures agree with it, and shows every table of its document.</summary>
public sealed class PressReleaseTests
{
    private static readonly Lazy<string> SeedText = new(() => Normal(File.ReadAllText(RepositoryPaths.Seed).Replace("\\$", "$").Replace("<u>", "").Replace("</u>", "")));

    private static readonly Lazy<string> Rendered = new(() => string.Join("\n", Documents.Lines(Documents.PressRelease).Select(Normal)));

    private static string Normal(string text) =>
        string.Join(" ", text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).Replace("( ", "(").Replace(" )", ")");

    [Theory]
    [InlineData("Revenues JPY54,397 million ($553 million, up 6.4% YoY)")]
    [InlineData("Operating Income JPY3,009 million ($31 million, down 7.8% YoY)")]
    [InlineData("1H13 operating income decreased by 7.8% YoY mainly due to the increase in SG&A expenses along with business expansion.")]
    [InlineData("Total revenues were JPY54,397 million, up 6.4% YoY.")]
    [InlineData("Operating income was JPY3,009 million, down 7.8% YoY.")]
    [InlineData("Other income (expenses) was an income of JPY339 million")]
    [InlineData("As of September 30, 2013, the balance of total assets was JPY97,842 million, increased by JPY15,731 million from the balance as of March 31, 2013 (JPY82,111 million as of March 31, 2013).")]
    [InlineData("Net cash used in investing activities for 1H13 was JPY4,202 million compared to net cash used in investing activities of JPY3,054 million for 1H12")]
    [InlineData("Net cash provided by financing activities for 1H13 was JPY13,883 million compared to net cash used in financing activities of JPY2,756 million for 1H12")]
    [InlineData("Operating Income 3,263 3,009 (7.8)")]
    [InlineData("Total revenues 51,109,001 553,433 54,396,959")]
    [InlineData("IIJ Data Center Connectivity Service 315 299 (16)")]
    [InlineData("Tokyo, November 8, 2013 - Internet Initiative Japan Inc. (\"IIJ\" NASDAQ:IIJI, TSE:3774) today announced its consolidated financial results for the first six months of the fiscal year ending March 31, 2014")]
    public void Sentences_and_rows_read_as_published(string published)
    {
        Assert.Contains(Normal(published), SeedText.Value);
        Assert.Contains(Normal(published), Rendered.Value);
    }

    [Fact]
    public void Every_table_of_the_press_release_is_shown_line_by_line()
    {
        var dataset = Datasets.Bundled.Dataset;
        var used = Documents.PressRelease.FactUses.Where(u => u.Table is not null).GroupBy(u => u.Table!).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var table in dataset.Tables.Where(t => t.Document == "press-release"))
        {
            Assert.True(used.ContainsKey(table.Key), $"table '{table.Key}' is not shown");
            var figureLines = dataset.LinesOf(table).Where(l => !l.IsCaption).Select(l => l.Concept).ToHashSet();
            Assert.Superset(figureLines, used[table.Key].Select(u => (string?)u.Id).ToHashSet());
            Assert.Subset(figureLines, used[table.Key].Select(u => (string?)u.Id).ToHashSet());
        }
    }

    [Fact]
    public void A_dash_in_the_statements_stays_a_dash()
    {
        var row = Assert.Single(Documents.Lines(Documents.PressRelease).Select(Normal), l => l.StartsWith("Losses on write-down of other investments (19,788)", StringComparison.Ordinal));
        Assert.EndsWith("- -", row);
    }
}
