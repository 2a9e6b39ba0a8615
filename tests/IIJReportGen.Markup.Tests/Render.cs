using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;
using IIJReportGen.Pdf;

namespace IIJReportGen.Markup.Tests;

/// <summary>Lays out XHTML + CSS through the markup stage and reads the PDF back.</summary>
internal static class Render
{
    public static readonly DateTimeOffset ReleaseDate = new(2013, 11, 8, 15, 0, 0, TimeSpan.FromHours(9));

    /// <summary>An XHTML page around <paramref name="body"/>.</summary>
    public static string Page(string body, string head = "") =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\">\n" +
        $"<head><title>Test</title>{head}</head>\n<body>\n{body}\n</body>\n</html>\n";

    public static MarkupResult Markup(string xhtml, string css = "") => MarkupDocument.Parse(xhtml, SourceMap.Identity(xhtml, "test.xhtml"), css, "style.css");

    /// <summary>The PDF bytes; fails the test with the diagnostics when the markup stage reports an error.</summary>
    public static byte[] Pdf(string xhtml, string css = "") => Pdf(Markup(xhtml, css));

    public static byte[] Pdf(MarkupResult result)
    {
        Assert.True(result.Document is not null, string.Join('\n', result.Diagnostics));
        using var stream = new MemoryStream();
        PdfRenderer.Render(result.Document!, stream, new PdfMetadata(ReleaseDate, ReleaseDate) { Title = result.Properties.Title, Language = result.Properties.Language });
        return stream.ToArray();
    }


}
