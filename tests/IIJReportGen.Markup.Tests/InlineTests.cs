using UglyToad.PdfPig;

namespace IIJReportGen.Markup.Tests;

public class InlineTests
{
    [Fact]
    public void BoldAndItalicSpansUseTheBoldAndItalicFaces()
    {
        var xhtml = Render.Page("<p>plain <strong>heavy</strong> <em>slanted</em> <b><i>both</i></b></p>");

        using var document = PdfDocument.Open(Render.Pdf(xhtml));
        var words = document.GetPage(1).GetWords().ToDictionary(w => w.Text, w => w.Letters[0].FontName);

        Assert.Contains("LiberationSans", words["plain"]);
        Assert.DoesNotContain("Bold", words["plain"]);
        Assert.Contains("Bold", words["heavy"]);
        Assert.DoesNotContain("Italic", words["heavy"]);
        Assert.Contains("Italic", words["slanted"]);
        Assert.Contains("BoldItalic", words["both"]);
    }

    [Fact]
    public void StylesheetClassesCascadeBySpecificityThenSourceOrder()
    {
        var css = """
            p span.note { font-weight: bold; }
            .note { font-weight: normal; font-style: italic; }
            """;
        var xhtml = Render.Page("<p><span class=\"note\">noted</span></p>");

        using var document = PdfDocument.Open(Render.Pdf(xhtml, css));
        var font = document.GetPage(1).GetWords().Single().Letters[0].FontName;

        Assert.Contains("BoldItalic", font);
    }

    [Fact]
    public void SuperscriptSitsAboveTheBaselineInASmallerSize()
    {
        var xhtml = Render.Page("<p>results<sup>1</sup></p>");

        using var document = PdfDocument.Open(Render.Pdf(xhtml));
        var letters = document.GetPage(1).Letters;
        var r = letters.First(l => l.Value == "r");
        var one = letters.Single(l => l.Value == "1");

        Assert.True(one.StartBaseLine.Y > r.StartBaseLine.Y + 1, $"superscript baseline {one.StartBaseLine.Y} vs text {r.StartBaseLine.Y}");
        Assert.True(one.PointSize < r.PointSize);
    }

    [Fact]
    public void LinksAndBareAddressesBecomeClickable()
    {
        var xhtml = Render.Page("<p>See <a href=\"http://www.iij.ad.jp/en/ir\">our IR site</a> or write to ir@iij.ad.jp.</p>");

        using var document = PdfDocument.Open(Render.Pdf(xhtml));
        var targets = document.GetPage(1).GetHyperlinks().Select(h => h.Uri).ToList();

        Assert.Contains("http://www.iij.ad.jp/en/ir", targets);
        Assert.Contains("mailto:ir@iij.ad.jp", targets);
    }
}
