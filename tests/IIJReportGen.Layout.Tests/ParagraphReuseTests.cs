namespace IIJReportGen.Layout.Tests;

/// <summary>A paragraph forgets its line cache once fully drawn; drawing it again (repeated header rows, page bands) must give the same runs.</summary>
public class ParagraphReuseTests
{
    [Fact]
    public void RepeatedTableHeaderIsDrawnIdenticallyOnEveryPage()
    {
        var laidOut = Samples.Release(300).Layout();

        var headers = laidOut.Pages.Select(HeaderRuns).Where(runs => runs.Count > 0).ToList();
        Assert.True(headers.Count >= 3, $"expected the table on several pages, got {headers.Count}");
        foreach (var header in headers.Skip(1))
        {
            Assert.Equal(headers[0].Select(r => r.Text), header.Select(r => r.Text));
            Assert.Equal(headers[0].Select(r => r.Origin.X), header.Select(r => r.Origin.X));
            Assert.Equal(headers[0].Select(r => r.Glyphs.ToArray()), header.Select(r => r.Glyphs.ToArray()));
            Assert.Equal(headers[0].Select(r => r.Positions()), header.Select(r => r.Positions()));
        }
    }

    [Fact]
    public void ParagraphDrawnTwiceInOneDocumentKeepsItsText()
    {
        var note = new Paragraph().Add(new TextSpan("A note shown in every page header, wrapped over two lines because the band is narrow.", Samples.Body));
        var document = new Document().Page(page =>
        {
            page.Size(new Size(200, 200)).Margin(10);
            page.Header().Element(note);
            page.Content().Text(string.Join("\n", Enumerable.Repeat("filler", 40)), Samples.Body);
        });

        var pages = document.Layout().Pages;

        Assert.True(pages.Count >= 2);
        var first = PlainTextRendition.Lines(pages[0]).Take(2).ToList();
        Assert.All(pages, page => Assert.Equal(first, PlainTextRendition.Lines(page).Take(2)));
        Assert.Throws<InvalidOperationException>(() => note.Add(new TextSpan("late", Samples.Body)));
    }

    private static List<GlyphRun> HeaderRuns(LaidOutPage page) =>
        page.Operations.OfType<GlyphRun>().Where(r => r.Text is "Item" or "1H12" or "1H13" or "YoY %").ToList();
}
