using System.Globalization;

namespace IIJReportGen.Layout.Tests;

public class KeepRulesTests
{
    [Fact]
    public void HeadingsNeverEndAPage()
    {
        for (var filler = 40; filler < 70; filler++)
        {
            var laidOut = WithFiller(filler, column =>
            {
                column.Item().Heading("Segment Results", 2, Samples.Bold.FontSize(12));
                column.Item().Text("Body after the heading.", Samples.Body);
            }).Layout();

            var page = laidOut.Pages.Single(p => Texts(p).Contains("Segment Results"));
            Assert.Contains("Body after the heading.", Texts(page));
        }
    }

    [Fact]
    public void ParagraphsLeaveNoSingleOrphanOrWidowLine()
    {
        var paragraph = string.Join(" ", Enumerable.Range(1, 60).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)));
        for (var filler = 50; filler < 66; filler++)
        {
            var laidOut = WithFiller(filler, column => column.Item().Text(paragraph, Samples.Body.FontSize(20))).Layout();

            var totalLines = laidOut.Pages.Sum(p => p.Operations.OfType<GlyphRun>().Count(r => r.Text.StartsWith('w')));
            Assert.True(totalLines >= 4, $"paragraph should span several lines, got {totalLines}");
            foreach (var page in laidOut.Pages)
            {
                var lines = page.Operations.OfType<GlyphRun>().Count(r => r.Text.StartsWith('w'));
                Assert.True(lines is 0 or >= 2, $"filler {filler}: a page holds {lines} line of the paragraph");
            }
        }
    }

    [Fact]
    public void KeepTogetherMovesABlockThatWouldSplit()
    {
        var laidOut = WithFiller(60, column => column.Item().KeepTogether().Text(
            string.Join("\n", Enumerable.Range(1, 8).Select(i => "kept" + i.ToString(CultureInfo.InvariantCulture))), Samples.Body)).Layout();

        Assert.Equal(2, laidOut.Pages.Count);
        Assert.Equal(8, Texts(laidOut.Pages[1]).Count(t => t.StartsWith("kept", StringComparison.Ordinal)));
    }

    private static Document WithFiller(int fillerLines, Action<ColumnDescriptor> rest) => new Document().Page(page =>
    {
        page.Margin(Samples.Margin);
        page.Content().Column(column =>
        {
            column.Spacing(4);
            column.Item().Text(string.Join("\n", Enumerable.Range(1, fillerLines).Select(i => "filler " + i.ToString(CultureInfo.InvariantCulture))), Samples.Body);
            rest(column);
        });
    });

    private static List<string> Texts(LaidOutPage page) => page.Operations.OfType<GlyphRun>().Select(r => r.Text).ToList();
}
