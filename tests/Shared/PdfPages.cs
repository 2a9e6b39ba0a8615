using UglyToad.PdfPig;

namespace IIJReportGen.Tests.Shared;

/// <summary>The text of a PDF as PdfPig reads it back, for tests that assert what a reader extracts.</summary>
internal static class PdfPages
{
    /// <summary>Each page's words in PdfPig's reading order, joined by single spaces.</summary>
    public static List<string> Texts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
    }
}
