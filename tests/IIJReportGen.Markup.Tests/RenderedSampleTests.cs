using IIJReportGen.Xhtml;
using IIJReportGen.Tests.Shared;
using System.Xml.Linq;
using IIJReportGen.Diagnostics;
using UglyToad.PdfPig;

namespace IIJReportGen.Markup.Tests;

/// <summary>A TSE summary as the templates rendered it (Samples/, checked in): the real vocabulary, stylesheet and Inline XBRL.</summary>
public class RenderedSampleTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Samples", "tse-summary.xhtml");
    private static readonly XNamespace Ix = XhtmlNamespaces.InlineXbrl;
    private static readonly XNamespace Xbrli = "http://www.xbrl.org/2003/instance";

    [Fact]
    public void LaysOutWithoutErrorsAndShowsEveryTaggedFigureButNoHeaderContent()
    {
        var result = MarkupDocument.Load(Sample);
        var pages = PdfPages.Texts(Render.Pdf(result));
        var text = string.Join(' ', pages);
        var xhtml = XDocument.Load(Sample);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.InRange(pages.Count, 1, 3);
        var title = xhtml.Descendants().First(e => e.Name.LocalName == "h1").Value;
        Assert.StartsWith(xhtml.Descendants().First(e => e.Name.LocalName == "p").Value[..40], pages[0]);
        Assert.Contains(title, pages[0]);
        var facts = xhtml.Descendants(Ix + "nonFraction").Select(f => f.Value.Trim()).ToList();
        Assert.NotEmpty(facts);
        Assert.All(facts, fact => Assert.Contains(fact, text));
        var contextDates = xhtml.Descendants(Xbrli + "startDate").Select(d => d.Value).ToList();
        Assert.NotEmpty(contextDates);
        Assert.All(contextDates, date => Assert.DoesNotContain(date, text));
        Assert.DoesNotContain("iso4217", text);
    }

    [Fact]
    public void LinkedStylesheetAppliesAndHeadingsFormTheOutline()
    {
        using var document = PdfDocument.Open(Render.Pdf(MarkupDocument.Load(Sample)));
        var xhtml = XDocument.Load(Sample);

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().Select(n => n.Title).ToList();
        var headings = xhtml.Descendants().Where(e => e.Name.LocalName is "h1" or "h2" or "h3").Select(e => string.Join(' ', e.Value.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal(headings, titles);
    }
}
