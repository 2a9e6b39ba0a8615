namespace IIJReportGen.Layout.Tests;

public class LineBreakTests
{
    private const string NoLineStart = "、。，．）」』】〕！？ー・：；ぁぃぅぇぉっゃゅょ";

    [Fact]
    public void JapaneseBreaksBetweenCharactersButNeverBeforeClosingPunctuation()
    {
        for (var width = 90f; width < 400; width += 3.7f)
        {
            var lines = Lines(Samples.Japanese + "「決算短信」、（連結）。", width, TextAlignment.Left);

            Assert.True(lines.Count > 1);
            Assert.Equal((Samples.Japanese + "「決算短信」、（連結）。").Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
            Assert.All(lines.Skip(1), line => Assert.DoesNotContain(line[0], NoLineStart));
            Assert.All(lines, line => Assert.False(line.EndsWith('（') || line.EndsWith('「'), $"line ends with an opening bracket: {line}"));
        }
    }

    [Fact]
    public void LatinBreaksAtSpacesAndHyphensOnly()
    {
        const string text = "Systems integration revenues increased year-over-year due to strong demand for cloud-based services.";
        var words = text.Split(' ');
        for (var width = 60f; width < 300; width += 5)
        {
            var lines = Lines(text, width, TextAlignment.Left);

            Assert.Equal(text, string.Join(" ", lines).Replace("- ", "-", StringComparison.Ordinal));
            Assert.All(lines.SelectMany(l => l.Split(' ')), piece => Assert.Contains(words, w => w.Contains(piece, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void WordsAfterACutWordFollowItsLastPartAndNothingIsLostOrRepeated()
    {
        // A line of whole words is a stretch of the paragraph's pieces; the line a cut word ends on has its own.
        const string text = "Revenues of IIJAnnouncesFirstSixMonthsFinancialResultsForTheFiscalYear grew by 6.4% in 1H13 over 1H12.";
        for (var width = 40f; width < 260; width += 7)
        {
            var lines = Lines(text, width, TextAlignment.Left);

            Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
            Assert.DoesNotContain("", lines);
        }
    }

    [Fact]
    public void JustifiedLinesReachBothEdgesExceptTheLast()
    {
        const float width = 200;
        var paragraph = new Paragraph { Alignment = TextAlignment.Justify }.Add(new TextSpan(
            "Revenues increased by 6.4% year over year due to the revenue growth in network services, systems integration and ATM operation business.", Samples.Body));
        var laidOut = new Document().Page(page => page.Size(new Size(width + 20, 400)).Margin(10).Content().Element(paragraph)).Layout();

        var runs = laidOut.Pages[0].Operations.OfType<GlyphRun>().OrderBy(r => r.Origin.Y).ToList();
        Assert.True(runs.Count >= 3);
        Assert.All(runs[..^1], run => Assert.Equal(10 + width, run.Origin.X + run.Width, 0.5f));
        Assert.True(runs[^1].Origin.X + runs[^1].Width < 10 + width - 5);
    }

    [Fact]
    public void RightAlignedFiguresLineUpOnTheirLastDigit()
    {
        var laidOut = new Document().Page(page => page.Size(new Size(200, 200)).Margin(10).Content().Column(column =>
        {
            foreach (var figure in new[] { "51,109", "1,082", "(7.8)", "938" })
                column.Item().Text(figure, Samples.Body.TabularFigures(), TextAlignment.Right);
        })).Layout();

        Assert.All(laidOut.Pages[0].Operations.OfType<GlyphRun>(), run => Assert.Equal(190, run.Origin.X + run.Width, 0.01f));
    }

    private static List<string> Lines(string text, float width, TextAlignment alignment)
    {
        var laidOut = new Document().Page(page => page.Size(new Size(width + 20, 2000)).Margin(10).Content().Text(text, Samples.Body, alignment)).Layout();
        return [.. PlainTextRendition.Lines(laidOut.Pages[0])];
    }
}
