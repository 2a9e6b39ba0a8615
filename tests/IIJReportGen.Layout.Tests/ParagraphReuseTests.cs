using System.Globalization;
using System.Text.RegularExpressions;
using IIJReportGen.Tests.Shared;

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

    [Fact]
    public void RepeatedHeaderRowsAndBandsKeepTheirTextInThePdf()
    {
        // A paragraph's layout state is given back when its last line is drawn and reused by the next one laid out: the
        // header row and the bands are drawn on every page, a cell's paragraph of two spans and a paragraph split over a
        // page break are laid out between, so a setting given back too early or kept shows as text lost or repeated.
        var document = new Document().Page(page =>
        {
            page.Size(new Size(320, 300)).Margin(20);
            page.Header().Text(t =>
            {
                t.Span("Quarterly ", Samples.Body);
                t.Span("figures", Samples.Bold);
            });
            page.Footer().PageNumber("Page {page} of {pages}", Samples.Body, TextAlignment.Center);
            page.Content().Column(column =>
            {
                column.Item().Table(table =>
                {
                    table.RelativeColumn(2).ConstantColumn(80);
                    table.HeaderRow(row =>
                    {
                        row.Cell().Text(t =>
                        {
                            t.Span("JPY ", Samples.Bold);
                            t.Span("millions", Samples.Bold);
                        });
                        row.Cell().Text("1H13", Samples.Bold, TextAlignment.Right);
                    });
                    for (var n = 1; n <= 40; n++)
                    {
                        var label = Samples.Label(n);
                        table.Row(row =>
                        {
                            row.Cell().Text(t =>
                            {
                                t.Span(label, Samples.Body);
                                t.Span(" net", Samples.Bold);
                            });
                            row.Cell().Text(Samples.Figure(label.Length * 7), Samples.Body, TextAlignment.Right);
                        });
                    }
                });
                column.Item().Text(string.Join(" ", Enumerable.Range(1, 120).Select(i => "word" + i.ToString(CultureInfo.InvariantCulture))), Samples.Body);
            });
        });

        var pages = PdfPages.Texts(Samples.Pdf(document));

        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.StartsWith("Quarterly figures ", pages[i]);
            Assert.EndsWith($" Page {i + 1} of {pages.Count}", pages[i]);
        }
        var tablePages = pages.Where(p => p.Contains("Row ", StringComparison.Ordinal)).ToList();
        Assert.True(tablePages.Count >= 2, "expected the table over several pages");
        Assert.All(tablePages, p => Assert.StartsWith("Quarterly figures JPY millions 1H13 Row ", p));
        var all = string.Join(" ", pages);
        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"Row {n} net {Samples.Figure(Samples.Label(n).Length * 7)}"),
            Regex.Matches(all, @"Row \d+ net [\d,]+").Select(m => m.Value));
        Assert.Equal(Enumerable.Range(1, 120).Select(i => "word" + i.ToString(CultureInfo.InvariantCulture)),
            Regex.Matches(all, @"word\d+").Select(m => m.Value));
    }

    [Fact]
    public void TableSplitOverPagesIsLaidOutTheSameAgain()
    {
        // A finished table starts over (Table.Finish): the same tree laid out again gives the same pages, not a table that
        // resumes after its last row.
        var document = Samples.Release(120);
        var first = PdfPages.Texts(Samples.Pdf(document));
        var second = PdfPages.Texts(Samples.Pdf(document));
        Assert.True(first.Count >= 3, "expected the table over several pages");
        Assert.Equal(first, second);
    }

    [Fact]
    public void TableInAPageBandIsDrawnWholeOnEveryPage()
    {
        // A table lets its geometry go when its last row is drawn; in a band it is measured and drawn again on every page,
        // its geometry made again each time (a row spanning both columns has positions of its own).
        var band = new Container();
        band.Table(table =>
        {
            table.RelativeColumn(1).ConstantColumn(60);
            table.HeaderRow(row =>
            {
                row.Cell().Text("Entity", Samples.Bold);
                row.Cell().Text("Code", Samples.Bold, TextAlignment.Right);
            });
            table.Row(row =>
            {
                row.Cell().Text("Internet Initiative Japan", Samples.Body);
                row.Cell().Text("3774", Samples.Body, TextAlignment.Right);
            });
            table.Row(row => row.Cell(2).Text("Consolidated, unaudited", Samples.Body));
        });
        var document = new Document().Page(page =>
        {
            page.Size(new Size(300, 220)).Margin(15);
            page.Header().Element(band);
            page.Content().Text(string.Join("\n", Enumerable.Range(1, 40).Select(i => "line" + i.ToString(CultureInfo.InvariantCulture))), Samples.Body);
        });

        var pages = PdfPages.Texts(Samples.Pdf(document));

        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        Assert.All(pages, page => Assert.StartsWith("Entity Code Internet Initiative Japan 3774 Consolidated, unaudited line", page));
    }

    [Fact]
    public void RowInAPageBandIsDrawnWholeOnEveryPage()
    {
        // A row forgets which items it has finished once all are drawn; in a band it is drawn again on every page.
        var document = new Document().Page(page =>
        {
            page.Size(new Size(300, 200)).Margin(15);
            page.Header().Row(row =>
            {
                row.ConstantItem(40).Text("IIJ", Samples.Bold);
                row.RelativeItem().Text("Internet Initiative Japan", Samples.Body, TextAlignment.Right);
            });
            page.Content().Text(string.Join("\n", Enumerable.Range(1, 40).Select(i => "line" + i.ToString(CultureInfo.InvariantCulture))), Samples.Body);
        });

        var pages = PdfPages.Texts(Samples.Pdf(document));

        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        Assert.All(pages, page => Assert.StartsWith("IIJ Internet Initiative Japan line", page));
    }

    private static List<GlyphRun> HeaderRuns(LaidOutPage page) =>
        page.Operations.OfType<GlyphRun>().Where(r => r.Text is "Item" or "1H12" or "1H13" or "YoY %").ToList();
}
