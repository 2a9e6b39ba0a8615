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
}
