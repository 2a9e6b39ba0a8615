using IIJReportGen.Tests.Shared;
using UglyToad.PdfPig;

namespace IIJReportGen.Markup.Tests;

public class FlowTests
{
    [Fact]
    public void HeadingsParagraphsAndListsExtractInReadingOrder()
    {
        var xhtml = Render.Page("""
            <h1>IIJ Announces First Six Months Financial Results</h1>
            <p>Tokyo, November 8, 2013 - Internet Initiative Japan Inc.
               today announced its <em>consolidated</em> results.</p>
            <h2>Highlights</h2>
            <ul><li>Revenues increased.</li><li>Operating income decreased.</li></ul>
            <ol><li>First</li><li>Second</li></ol>
            """);

        var text = PdfPages.Texts(Render.Pdf(xhtml)).Single();

        Assert.Equal("IIJ Announces First Six Months Financial Results Tokyo, November 8, 2013 - Internet Initiative Japan Inc. today announced its consolidated results. Highlights • Revenues increased. • Operating income decreased. 1. First 2. Second", text);
    }

    [Fact]
    public void LineEndsBetweenJapaneseCharactersVanish()
    {
        var xhtml = Render.Page("""
            <p>当社グループの売上高は、
               前年同期比6.4%増加しました。</p>
            """);

        using var document = UglyToad.PdfPig.PdfDocument.Open(Render.Pdf(xhtml));
        var text = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));

        Assert.Contains("売上高は、前年同期比6.4%増加しました。", text);
    }

    [Fact]
    public void NowrapKeepsItsWordsOnOneLineWhereverTheLineWouldBreak()
    {
        // Different amounts of text before the span move the natural line end through it.
        var paragraphs = string.Concat(Enumerable.Range(1, 12).Select(k =>
            "<p>" + string.Concat(Enumerable.Repeat("ab ", k)) + "<span class=\"keep\">up 6.4% YoY</span> end</p>"));

        using var document = UglyToad.PdfPig.PdfDocument.Open(Render.Pdf(Render.Page(paragraphs), "p { width: 100pt; } .keep { white-space: nowrap; }"));
        var letters = document.GetPage(1).Letters.ToList();

        var starts = Enumerable.Range(0, letters.Count).Where(i => letters[i].Value == "u").ToList();
        Assert.Equal(12, starts.Count);
        foreach (var start in starts)
        {
            var span = letters.Skip(start).TakeWhile(l => l.Value != "e").ToList();
            Assert.All(span, l => Assert.Equal(letters[start].StartBaseLine.Y, l.StartBaseLine.Y, 0.1));
        }
    }
}
