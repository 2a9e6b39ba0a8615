using IIJReportGen.Tests.Shared;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using UglyToad.PdfPig;

namespace IIJReportGen.Markup.Tests;

public class PagingTests
{
    private const string Css = """
        @page { size: A4; margin: 15mm 18mm; }
        .page-footer { text-align: center; font-size: 9pt; padding-top: 6pt; }
        .page-header { text-align: right; font-size: 8pt; }
        .break { page-break-before: always; }
        """;

    private static string Release()
    {
        var paragraphs = new StringBuilder();
        for (var i = 1; i <= 40; i++)
            paragraphs.Append(CultureInfo.InvariantCulture, $"<p>Paragraph {i} of the overview: revenues increased by 6.4% year over year due to network services and systems integration.</p>\n");
        return Render.Page($"""
            <div class="page-header">IIJ 1H FY2013 Page <span class="page-number"/> of <span class="page-count"/></div>
            <h1>IIJ Announces First Six Months Financial Results</h1>
            <h2>Highlights of 1H FY2013 Financial Results</h2>
            {paragraphs}
            <h2 class="break">Operating Results Summary</h2>
            <p>Table follows.</p>
            <div class="page-footer">- <span class="page-number"/> - IIJ 1H FY2013</div>
            """, "<meta name=\"author\" content=\"Internet Initiative Japan Inc.\"/>");
    }

    [Fact]
    public void FooterAndHeaderShowPageCountersOnEveryPage()
    {
        var pages = PdfPages.Texts(Render.Pdf(Release(), Css));

        Assert.True(pages.Count >= 2);
        for (var i = 0; i < pages.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            Assert.StartsWith($"IIJ 1H FY2013 Page {number} of {pages.Count} ", pages[i]);
            Assert.EndsWith($" - {number} - IIJ 1H FY2013", pages[i]);
        }
    }

    [Fact]
    public void PageBreakBeforeStartsTheHeadingOnANewPage()
    {
        var pages = PdfPages.Texts(Render.Pdf(Release(), Css));

        var page = pages.FindIndex(p => p.Contains("Operating Results Summary", StringComparison.Ordinal));
        Assert.Contains(" Operating Results Summary Table follows.", pages[page]);
        Assert.DoesNotContain("Paragraph", pages[page]);
        Assert.Contains("Paragraph 40 ", pages[page - 1]);
    }

    [Fact]
    public void HeadingsBecomeBookmarksNestedByLevel()
    {
        using var document = PdfDocument.Open(Render.Pdf(Release(), Css));

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var top = Assert.Single(bookmarks.Roots);
        Assert.Equal("IIJ Announces First Six Months Financial Results", top.Title);
        Assert.Equal(["Highlights of 1H FY2013 Financial Results", "Operating Results Summary"], top.Children.Select(c => c.Title));
    }

    [Fact]
    public void PageSizeAndMarginsComeFromAtPage()
    {
        using var document = PdfDocument.Open(Render.Pdf(Render.Page("<p>Letter</p>"), "@page { size: letter landscape; margin: 1in; }"));
        var page = document.GetPage(1);
        var word = page.GetWords().Single();

        Assert.Equal(792, page.Width, 0.5);
        Assert.Equal(612, page.Height, 0.5);
        Assert.Equal(72, word.BoundingBox.Left, 1.0);
    }

    [CultureFact]
    public void SameInputGivesTheSameBytesUnderAnyCulture()
    {
        var invariant = Render.Pdf(Release(), Css);
        var again = Render.Pdf(Release(), Css);
        var german = TestCulture.Run("de-DE", () => Render.Pdf(Release(), Css + "p { font-size: 9.5pt; }"));
        var germanAgain = TestCulture.Run("de-DE", () => Render.Pdf(Release(), Css + "p { font-size: 9.5pt; }"));
        var english = TestCulture.Run("en-US", () => Render.Pdf(Release(), Css + "p { font-size: 9.5pt; }"));

        Assert.Equal(SHA256.HashData(invariant), SHA256.HashData(again));
        Assert.Equal(SHA256.HashData(english), SHA256.HashData(german));
        Assert.Equal(SHA256.HashData(german), SHA256.HashData(germanAgain));
        Assert.NotEqual(SHA256.HashData(invariant), SHA256.HashData(german));
    }

    [Fact]
    public void HeadPropertiesPassThroughForThePdfMetadata()
    {
        var result = Render.Markup(Release(), Css);

        Assert.Equal("Test", result.Properties.Title);
        Assert.Equal("Internet Initiative Japan Inc.", result.Properties.Author);
    }
}
