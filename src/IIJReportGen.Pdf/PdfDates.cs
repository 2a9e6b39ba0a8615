using System.Globalization;
using System.Text;

namespace IIJReportGen.Pdf;

/// <summary>Writes the PDF's /CreationDate and /ModDate as the caller's instants in UTC, not stamped with the machine's time zone.</summary>
/// <remarks>SkiaSharp stamps the document dates with the local zone's offset (TZ=Pacific/Chatham gives +13'00'),
/// so the same input would give other bytes in another time zone. The dates are written as fixed-length
/// "D:YYYYMMDDHHmmSS+HH'mm'" strings, so rewriting the offset in place keeps every byte offset of the file.</remarks>
internal static class PdfDates
{
    /// <summary>Rewrites the offsets of the Info dictionary's dates to the metadata's own (UTC for the dataset's dates).</summary>
    public static void Normalise(Span<byte> pdf, PdfMetadata metadata)
    {
        Rewrite(pdf, "/CreationDate (D:", metadata.Created);
        Rewrite(pdf, "/ModDate (D:", metadata.Modified);
    }

    private static void Rewrite(Span<byte> pdf, string key, DateTimeOffset date)
    {
        var marker = Encoding.ASCII.GetBytes(key);
        var at = pdf.IndexOf(marker);
        if (at < 0)
            return;
        var utc = date.UtcDateTime;
        var text = Encoding.ASCII.GetBytes(utc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'");
        var field = pdf.Slice(at + marker.Length, text.Length);
        if (field.IndexOf((byte)')') >= 0)
            throw new InvalidOperationException("Unexpected PDF date format from Skia: " + Encoding.ASCII.GetString(field));
        text.CopyTo(field);
    }
}
