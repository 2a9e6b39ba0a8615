using IIJReportGen.Tests.Shared;
using IIJReportGen.Layout;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig;

namespace IIJReportGen.Markup.Tests;

public class TableTests
{
    private const string Css = """
        table.figures { width: 100%; }
        table.figures th { border-bottom: 0.75pt solid #000000; }
        td.num, th.num { text-align: right; }
        """;

    private static string Figure(int row) => (row * 1001).ToString("N0", CultureInfo.InvariantCulture);

    private static string FiguresTable(int rows)
    {
        var body = new StringBuilder();
        for (var i = 1; i <= rows; i++)
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>Row {i}</td><td class=\"num\">{Figure(i)}</td><td class=\"num\">(7.8)</td></tr>\n");
        return Render.Page($"""
            <table class="figures">
              <colgroup><col style="width: 60%"/><col style="width: 20%"/><col width="20%"/></colgroup>
              <thead><tr><th>Item</th><th class="num">1H13</th><th class="num">YoY %</th></tr></thead>
              <tbody>
            {body}  </tbody>
            </table>
            """);
    }

    [Fact]
    public void HeaderRepeatsOnEveryPageAndRowsAreNotSplit()
    {
        var pages = PdfPages.Texts(Render.Pdf(FiguresTable(120), Css));

        Assert.True(pages.Count >= 2, $"expected two pages or more, got {pages.Count}");
        Assert.All(pages, page => Assert.StartsWith("Item 1H13 YoY %", page));
        for (var row = 1; row <= 120; row++)
            Assert.Single(pages, page => page.Contains($"Row {row} {Figure(row)} (7.8)", StringComparison.Ordinal));
    }

    [Fact]
    public void FigureColumnIsRightAligned()
    {
        using var document = PdfDocument.Open(Render.Pdf(FiguresTable(30), Css));
        var words = document.GetPage(1).GetWords().ToList();
        var figures = words.Where(w => char.IsDigit(w.Text[0]) && w.Text.Contains(',')).ToList();
        var rights = figures.Select(w => w.BoundingBox.Right).ToList();
        var lefts = figures.Select(w => w.BoundingBox.Left).ToList();

        Assert.True(figures.Count >= 20);
        Assert.True(rights.Max() - rights.Min() < 0.5, $"right edges spread {rights.Max() - rights.Min()}");
        Assert.True(lefts.Max() - lefts.Min() > 5, "figures of different lengths should start at different x");
        var pageWidth = document.GetPage(1).Width;
        var header = words.Single(w => w.Text == "1H13");
        Assert.InRange(header.BoundingBox.Right, rights[0] - 0.5, rights[0] + 0.5);
        Assert.True(rights[0] < pageWidth * 0.85);
    }

    [Fact]
    public void ColspanCellSpansTheColumns()
    {
        var xhtml = Render.Page("""
            <table style="width: 100%">
              <tr><td colspan="2" style="text-align: center">JPY millions</td><td>x</td></tr>
              <tr><td>a</td><td>b</td><td>c</td></tr>
            </table>
            """);

        using var document = PdfDocument.Open(Render.Pdf(xhtml));
        var words = document.GetPage(1).GetWords().ToDictionary(w => w.Text);
        var spanCentre = (words["JPY"].BoundingBox.Left + words["millions"].BoundingBox.Right) / 2;

        Assert.InRange(spanCentre, words["a"].BoundingBox.Left, words["c"].BoundingBox.Left);
        Assert.True(spanCentre > words["b"].BoundingBox.Left - 40 && spanCentre < words["b"].BoundingBox.Left);
    }

    [Fact]
    public void CellsOfOneStyleShareOneTextStyle()
    {
        var document = Render.Markup(FiguresTable(40), Css).Document!;

        var table = Descendants(document.Pages.Single().Content).OfType<Table>().Single();
        var figures = table.Rows.Select(row => Descendants(row.Cells[1]).OfType<Paragraph>().Single().Spans.Single()).ToList();

        Assert.Equal(Figure(40), figures[^1].Text);
        Assert.Single(figures.Select(span => span.Style).Distinct(ReferenceEqualityComparer.Instance));
    }

    private static IEnumerable<Element> Descendants(Element? element) => element switch
    {
        null => [],
        Container slot => Descendants(slot.Content).Prepend(slot),
        Column column => column.Items.SelectMany(Descendants).Prepend(column),
        _ => [element],
    };
}
