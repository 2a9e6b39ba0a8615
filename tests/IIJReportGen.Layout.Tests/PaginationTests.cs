using IIJReportGen.Tests.Shared;
using System.Globalization;
using UglyToad.PdfPig;

namespace IIJReportGen.Layout.Tests;

public class PaginationTests
{
    [Fact]
    public void EveryPageShowsPageNOfMAndTheSeedStyleFooter()
    {
        var pages = PdfPages.Texts(Samples.Pdf(Samples.Release(200)));

        Assert.True(pages.Count >= 4, $"expected a multi-page document, got {pages.Count} pages");
        for (var i = 0; i < pages.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            Assert.StartsWith($"IIJ 1H FY2013 Page {number} of {pages.Count} ", pages[i]);
            Assert.EndsWith($" - {number} -", pages[i]);
        }
    }

    [Fact]
    public void LongTableRepeatsItsHeaderAndNeverSplitsARow()
    {
        const int rows = 200;
        var pages = PdfPages.Texts(Samples.Pdf(Samples.Release(rows)));

        var tablePages = pages.Where(p => p.Contains("Row ", StringComparison.Ordinal)).ToList();
        Assert.True(tablePages.Count >= 3);
        Assert.All(tablePages, page => Assert.Contains("Item 1H12 1H13 YoY %", page));
        for (var row = 1; row <= rows; row++)
        {
            var whole = $"{Samples.Label(row)} {Samples.Figure(row)} {Samples.Figure(row + 1000)} (7.8)";
            Assert.Single(pages, page => page.Contains(whole + " ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TallRowMovesWholeToTheNextPage()
    {
        var lines = string.Join(" ", Enumerable.Range(1, 60).Select(i => "word" + i.ToString(CultureInfo.InvariantCulture)));
        var document = new Document().Page(page =>
        {
            page.Margin(Samples.Margin);
            page.Content().Column(column =>
            {
                column.Item().Text(string.Join("\n", Enumerable.Repeat("filler", 50)), Samples.Body);
                column.Item().Table(table =>
                {
                    table.ConstantColumn(60).RelativeColumn();
                    table.Row(row =>
                    {
                        row.Cell().Text("tall-row", Samples.Body);
                        row.Cell().Width(40).Text(lines, Samples.Body);
                    });
                });
            });
        });

        var pages = PdfPages.Texts(Samples.Pdf(document));

        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain("word1 ", pages[0]);
        Assert.Contains("tall-row", pages[1]);
        Assert.Contains("word60", pages[1]);
    }

    [Fact]
    public void RowTallerThanAPageSplitsInsteadOfLooping()
    {
        var words = string.Join("\n", Enumerable.Range(1, 150).Select(i => "line" + i.ToString(CultureInfo.InvariantCulture)));
        var document = new Document().Page(page => page.Content().Table(table =>
        {
            table.RelativeColumn();
            table.HeaderRow(row => row.Cell().Text("Header", Samples.Bold));
            table.Row(row => row.Cell().Text(words, Samples.Body));
        }));

        var pages = PdfPages.Texts(Samples.Pdf(document, out var laidOut));

        Assert.True(pages.Count >= 2);
        Assert.All(pages, page => Assert.StartsWith("Header line", page));
        var all = string.Join(' ', pages);
        Assert.Equal(150, Enumerable.Range(1, 150).Count(i => all.Contains("line" + i.ToString(CultureInfo.InvariantCulture) + " ", StringComparison.Ordinal) || all.EndsWith("line150", StringComparison.Ordinal)));
        Assert.Empty(laidOut.Diagnostics);
    }

    [Fact]
    public void NothingIsDrawnOutsideTheMargins()
    {
        using var document = PdfDocument.Open(Samples.Pdf(Samples.Release(120)));
        foreach (var page in document.GetPages())
        {
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                Assert.InRange(box.Left, Samples.Margin - 0.5, page.Width - Samples.Margin + 0.5);
                Assert.InRange(box.Right, Samples.Margin - 0.5, page.Width - Samples.Margin + 0.5);
                Assert.InRange(box.Bottom, Samples.Margin - 0.5, page.Height - Samples.Margin + 0.5);
                Assert.InRange(box.Top, Samples.Margin - 0.5, page.Height - Samples.Margin + 0.5);
            }
        }
    }

    [Fact]
    public void ContentStaysInsideTheContentBandBetweenHeaderAndFooter()
    {
        var laidOut = Samples.Release(120).Layout();
        foreach (var page in laidOut.Pages)
        {
            var runs = page.Operations.OfType<GlyphRun>().ToList();
            var header = runs.First(r => r.Text.StartsWith("IIJ 1H FY2013", StringComparison.Ordinal));
            var footer = runs.Last(r => r.Text.StartsWith("- ", StringComparison.Ordinal));
            var bandTop = header.Origin.Y + header.FontSize * 0.3f;
            var bandBottom = footer.Origin.Y - footer.FontSize;
            foreach (var run in runs.Where(r => r != header && r != footer))
            {
                Assert.InRange(run.Origin.Y - run.FontSize * 0.9f, bandTop, bandBottom);
                Assert.InRange(run.Origin.X + run.Width, Samples.Margin, page.Size.Width - Samples.Margin + 0.01f);
            }
        }
    }

    [Fact]
    public void PageBreakStartsANewPage()
    {
        var document = new Document().Page(page => page.Content().Column(column =>
        {
            column.Item().Text("before", Samples.Body);
            column.Item().PageBreak();
            column.Item().Text("after", Samples.Body);
        }));

        Assert.Equal(["before", "after"], PdfPages.Texts(Samples.Pdf(document)));
    }

    [Fact]
    public void A_page_lists_its_header_then_its_content_then_its_footer_by_index_and_in_order()
    {
        // The bands are drawn after all the content; the page keeps the three lists and reads them as one.
        var laidOut = Samples.Release(120).Layout();

        Assert.True(laidOut.Pages.Count >= 3);
        for (var p = 0; p < laidOut.Pages.Count; p++)
        {
            var operations = laidOut.Pages[p].Operations;
            var byIndex = Enumerable.Range(0, operations.Count).Select(i => operations[i]).ToList();
            Assert.Equal(byIndex, operations.ToList());
            Assert.Equal(new BeginArtifact(ArtifactKind.Header), operations[0]);
            Assert.IsType<EndArtifact>(operations[^1]);
            var footer = byIndex.IndexOf(new BeginArtifact(ArtifactKind.Footer));
            var runs = byIndex.OfType<GlyphRun>().Select(r => (Run: r, At: byIndex.IndexOf(r))).ToList();
            var number = (p + 1).ToString(CultureInfo.InvariantCulture);
            Assert.Equal($"IIJ 1H FY2013   Page {number} of {laidOut.Pages.Count}", runs[0].Run.Text);
            Assert.Equal($"- {number} -", runs[^1].Run.Text);
            Assert.True(runs[^1].At > footer && footer > runs[^2].At, "the footer's run comes after the content's");
            Assert.Throws<ArgumentOutOfRangeException>(() => operations[operations.Count]);
        }
    }
}
