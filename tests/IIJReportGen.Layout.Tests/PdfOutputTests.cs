using IIJReportGen.Tests.Shared;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace IIJReportGen.Layout.Tests;

public partial class PdfOutputTests
{
    [CultureFact]
    public void TwoRendersAreByteIdenticalInAnyCulture()
    {
        var invariant = TestCulture.Run("en-US", () => Samples.Pdf(Samples.Release(60)));

        Assert.Equal(invariant, Samples.Pdf(Samples.Release(60)));
        Assert.Equal(invariant, TestCulture.Run("de-DE", () => Samples.Pdf(Samples.Release(60))));
        Assert.Equal(invariant, TestCulture.Run("ja-JP", () => Samples.Pdf(Samples.Release(60))));
    }

    [Fact]
    public void DocumentIdIsAHashOfTheContent()
    {
        var id = DocumentId().Match(Encoding.Latin1.GetString(Samples.Pdf(Samples.Release(60))));
        var other = DocumentId().Match(Encoding.Latin1.GetString(Samples.Pdf(Samples.Release(61))));

        Assert.True(id.Success, "the trailer has no /ID");
        Assert.Equal(id.Groups[1].Value, id.Groups[2].Value);
        Assert.True(other.Success, "the trailer has no /ID");
        Assert.NotEqual(id.Groups[1].Value, other.Groups[1].Value);
    }

    [Fact]
    public void FontsAreEmbeddedAsSmallSubsets()
    {
        var pdf = Encoding.Latin1.GetString(Samples.Pdf(Samples.Release(60)));
        var programs = FontProgramLength().Matches(pdf).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var liberation = new FileInfo(Path.Combine(FontLibrary.DefaultBundledFolder, "LiberationSans-Regular.ttf")).Length;
        var ipaex = new FileInfo(Path.Combine(FontLibrary.DefaultBundledFolder, "ipaexg.ttf")).Length;

        Assert.NotEmpty(programs);
        Assert.All(programs, length => Assert.True(length < liberation / 4, $"font program of {length} bytes is not a subset"));
        Assert.True(programs.Sum() < ipaex / 20, $"all font programs together take {programs.Sum()} bytes");
    }

    [Fact]
    public void OutlineFollowsTheHeadingsAndPointsAtTheirPages()
    {
        using var document = PdfDocument.Open(Samples.Pdf(Samples.Release(200)));

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var root = Assert.Single(bookmarks.Roots);
        Assert.Equal("IIJ Announces First Six Months Financial Results", root.Title);
        Assert.Equal(["決算短信（連結）", "Operating Results Summary"], root.Children.Select(c => c.Title));
        Assert.All(bookmarks.GetNodes().OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>(), node => Assert.Equal(1, node.PageNumber));
    }

    [Fact]
    public void UrlsAndEmailAddressesBecomeLinks()
    {
        using var document = PdfDocument.Open(Samples.Pdf(Samples.Release(5)));
        var uris = document.GetPage(1).GetHyperlinks().Select(h => h.Uri).ToList();

        Assert.Contains("mailto:ir@iij.ad.jp", uris);
        Assert.Contains("http://www.iij.ad.jp/en/ir", uris);
    }

    [Fact]
    public void LinksToAnchorsJumpToLaterPages()
    {
        var document = new Document().Page(page => page.Content().Column(column =>
        {
            column.Item().Text(t => t.Link("See the summary", "#summary", Samples.Body));
            column.Item().PageBreak();
            column.Item().Anchor("summary").Text("Summary", Samples.Bold);
        }));

        using var pdf = PdfDocument.Open(Samples.Pdf(document));
        var link = Assert.Single(pdf.GetPage(1).GetAnnotations());
        var action = Assert.IsType<GoToAction>(link.Action);
        Assert.Equal(2, action.Destination.PageNumber);
    }

    [Fact]
    public void MissingGlyphIsAnErrorNamingTheCharacterTheFontsAndWhereTheTextComesFrom()
    {
        // The span's text sits at line 12, column 7 of the markup it was read from.
        const string text = "Price \uE000 here";
        var markup = new string('\n', 11) + "      " + text;
        var origin = new TextOrigin(Diagnostics.SourceMap.Identity(markup, "release.xhtml"), [.. Enumerable.Range(markup.IndexOf('P'), text.Length)]);
        var document = new Document().Page(page => page.Content().Element(new Paragraph().Add(new TextSpan(text, Samples.Body, Origin: origin))));

        var laidOut = document.Layout();

        var error = Assert.Single(laidOut.Diagnostics, d => d.Code == "LAYOUT001");
        Assert.Equal(Diagnostics.Severity.Error, error.Severity);
        Assert.Equal("Missing glyph: U+E000 '\uE000' is in none of the fonts Liberation Sans, IPAexGothic.", error.Message);
        Assert.Equal(new Diagnostics.SourceLocation("release.xhtml", 12, 13), error.Location);
    }

    [Fact]
    public void PngShowsThePageAtTheChosenResolution()
    {
        var laidOut = Samples.Release(30).Layout();

        var preview = SkiaSharp.SKBitmap.Decode(Pdf.PngRenderer.RenderPage(laidOut, 0, 144));

        Assert.Equal((int)Math.Ceiling(PageSize.A4.Width * 2), preview.Width);
        Assert.Equal((int)Math.Ceiling(PageSize.A4.Height * 2), preview.Height);
        var heading = laidOut.Pages[0].Operations.OfType<GlyphRun>().First(r => r.Text.StartsWith("IIJ Announces", StringComparison.Ordinal));
        var y = (int)((heading.Origin.Y - heading.FontSize * 0.3f) * 2);
        var inked = Enumerable.Range((int)(heading.Origin.X * 2), (int)(heading.Width * 2)).Count(x => preview.GetPixel(x, y).Red < 128);
        Assert.True(inked > 50, $"only {inked} dark pixels across the heading");
        Assert.Equal(0, Enumerable.Range(0, preview.Width).Count(x => preview.GetPixel(x, 10).Red < 250));
        Assert.Equal(Pdf.PngRenderer.RenderPage(laidOut, 0, 144), Pdf.PngRenderer.RenderPage(laidOut, 0, 144));
    }

    [Fact]
    public void PlainTextRenditionListsLinesPageByPage()
    {
        var text = PlainTextRendition.Write(Samples.Release(200).Layout());
        var pages = text.Split("\f\n");

        Assert.True(pages.Length > 3);
        var first = pages[0].Split('\n');
        Assert.Equal("IIJ 1H FY2013   Page 1 of " + pages.Length.ToString(CultureInfo.InvariantCulture), first[0]);
        Assert.Equal("IIJ Announces First Six Months Financial Results", first[1]);
        Assert.Contains("Item 1H12 1H13 YoY %", first);
        Assert.Contains("Row 1 1,001 1,002,001 (7.8)", first);
        Assert.All(pages, page => Assert.Contains("Item 1H12 1H13 YoY %", page));
    }

    [GeneratedRegex("/ID \\[<([0-9A-F]{32})><([0-9A-F]{32})>\\]")]
    private static partial Regex DocumentId();

    [GeneratedRegex(@"/Length1 (\d+)")]
    private static partial Regex FontProgramLength();
}
