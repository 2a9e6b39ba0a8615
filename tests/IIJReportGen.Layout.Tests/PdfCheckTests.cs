using IIJReportGen.Tests.Shared;
using SkiaSharp;

namespace IIJReportGen.Layout.Tests;

/// <summary>What qpdf and poppler, readers other than PdfPig, say about the files the writer makes.</summary>
public class PdfCheckTests
{
    [ExternalToolFact("qpdf", "qpdf")]
    public void QpdfFindsNoErrors()
    {
        var (exitCode, output) = ExternalTool.RunOnPdf(Samples.Pdf(WithImageAndLinks()), "qpdf", "--check");

        Assert.True(exitCode == 0, output);
        Assert.Contains("No syntax or stream encoding errors found", output);
    }

    [ExternalToolFact("poppler-utils", "pdffonts")]
    public void EveryFontIsAnEmbeddedSubsetWithAToUnicodeMap()
    {
        var (exitCode, output) = ExternalTool.RunOnPdf(Samples.Pdf(Samples.Release(60)), "pdffonts");

        Assert.True(exitCode == 0, output);
        var fonts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.True(fonts.Count >= 3, output); // Liberation Sans regular and bold, IPAex Gothic
        Assert.All(fonts, font =>
        {
            Assert.Matches(@"^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s", font);
        });
    }

    [InstalledFontFact("Nimbus Sans", "poppler-utils, fonts-urw-base35", "pdffonts")]
    public void CffFontIsACidFontType0ThatExtracts()
    {
        const string text = "Office fiscal 1,234.5";
        var style = TextStyle.Default.FontFamily("Nimbus Sans").FontSize(12);
        var pdf = Samples.Pdf(new Document().Page(page => page.Content().Column(column =>
        {
            column.Item().Text(text, style);
            column.Item().Text(text, style.Bold());
        })));

        var (exitCode, output) = ExternalTool.RunOnPdf(pdf, "pdffonts");

        Assert.True(exitCode == 0, output);
        var fonts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.Equal(2, fonts.Count);
        Assert.All(fonts, font => Assert.Matches(@"^[A-Z]{6}\+NimbusSans-\S+\s+CID Type 0C \(OT\)\s+Identity-H\s+yes\s+yes\s+yes\s", font));
        Assert.Equal([text, text], PdfPages.Texts(pdf)[0].Split(' ').Chunk(3).Select(words => string.Join(' ', words)));
    }

    /// <summary>The release sample plus a half-transparent image (a soft mask) and links of both kinds.</summary>
    private static Document WithImageAndLinks()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(4, 2, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(new SKColor(200, 30, 30, 128));
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        var document = Samples.Release(80);
        document.Page(page => page.Content().Column(column =>
        {
            column.Item().Image(png.ToArray());
            column.Item().Text(t => t.Link("Back to the top", "#top", Samples.Body).Link(" and to the web", "https://www.iij.ad.jp/en/ir/", Samples.Body));
            column.Item().Anchor("top").Text("Anchor", Samples.Body);
        }));
        return document;
    }
}
