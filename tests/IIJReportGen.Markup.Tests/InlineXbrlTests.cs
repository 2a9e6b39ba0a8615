using IIJReportGen.Diagnostics;
using IIJReportGen.Tests.Shared;

namespace IIJReportGen.Markup.Tests;

public class InlineXbrlTests
{
    [Fact]
    public void HiddenContentAndTheXbrlHeaderAreAbsentWhileTaggedFiguresShow()
    {
        var xhtml = Render.Page("""
            <div style="display: none">
              <ix:header><ix:references><link:schemaRef xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xlink:type="simple" xlink:href="iij.xsd"/></ix:references>
              <ix:resources><xbrli:context xmlns:xbrli="http://www.xbrl.org/2003/instance" id="CurrentYTD">ContextText</xbrli:context></ix:resources></ix:header>
            </div>
            <p class="secret">Hidden paragraph</p>
            <table><tr><td>Net sales</td><td class="num"><ix:nonFraction name="tse:NetSales" contextRef="CurrentYTD" unitRef="JPY" decimals="-6" scale="6" format="ixt:num-dot-decimal">54,397</ix:nonFraction></td></tr></table>
            <p>Operating income <ix:nonFraction name="tse:OperatingIncome" contextRef="CurrentYTD" unitRef="JPY" decimals="-6" scale="6"><b>3,009</b></ix:nonFraction> million</p>
            """);

        var text = string.Join(' ', PdfPages.Texts(Render.Pdf(xhtml, ".secret { display: none; }")));

        Assert.Equal("Net sales 54,397 Operating income 3,009 million", text);
    }

    private const string Header = "<div style=\"display: none\"><ix:header><ix:references/></ix:header></div>";

    [Fact]
    public void AnInlineXbrlDocumentMayUseOnlyXhtml11ElementsEachFoundAtItsPosition()
    {
        var result = Render.Markup(Render.Page(Header + "\n<section><p>Results</p></section>\n<p>An <u>underlined</u> word</p>"));

        Assert.Null(result.Document);
        Assert.Equal(
            [("MARKUP005", 6, 2, "section"), ("MARKUP005", 7, 8, "u")],
            result.Diagnostics.Select(d => (d.Code, d.Location!.Line, d.Location.Column, d.Message.Split('<', '>')[1])));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.StartsWith("test.xhtml:6:2: error MARKUP005: Element <section> is not XHTML 1.1, so an Inline XBRL document may not use it", result.Diagnostics.First().ToString());
        Assert.Equal("Use one of: a, b, body, br, col, colgroup, div, em, h1, h2, h3, h4, head, hr, html, i, img, li, link, meta, ol, p, span, strong, "
            + "style, sub, sup, table, tbody, td, th, thead, title, tr, ul (a div with a class instead of a section).", result.Diagnostics.First().Hint);
    }

    [Fact]
    public void TheSameElementsAreFineInADocumentWithoutInlineXbrl()
    {
        var result = Render.Markup(Render.Page("<section><p>Results</p></section>\n<p>An <u>underlined</u> word</p>"));

        Assert.NotNull(result.Document);
        Assert.Empty(result.Diagnostics);
    }
}
