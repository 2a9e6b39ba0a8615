using System.Text;
using IIJReportGen.Layout;

namespace IIJReportGen.Pdf;

/// <summary>Link annotations: a URI action for web and mailto addresses, a GoTo action to a named destination for "#name".</summary>
internal static class LinkAnnotations
{
    /// <summary>Writes the annotation for <paramref name="link"/> on the page <paramref name="page"/> as object <paramref name="number"/> and returns the number.</summary>
    public static int Write(PdfFile file, int number, DrawOperation link, int page, float pageHeight, string extraEntries)
    {
        var (bounds, action) = link switch
        {
            UrlLink url => (url.Bounds, "<</S /URI /URI " + PdfSyntax.Literal(Ascii(url.Url)) + ">>"),
            DestinationLink destination => (destination.Bounds, "<</S /GoTo /D " + PdfSyntax.Name(destination.Destination) + ">>"),
            _ => throw new ArgumentException("Not a link: " + link.GetType().Name, nameof(link)),
        };
        // Flag 4 (Print): archival PDF wants annotations printed as they are shown; no border is drawn around the text.
        file.Write(number, "<</Type /Annot /Subtype /Link /Rect " + PdfSyntax.Rectangle(bounds, pageHeight) + " /Border [0 0 0] /F 4 /P "
            + PdfSyntax.Reference(page) + extraEntries + " /A " + action + ">>");
        return number;
    }

    /// <summary>Where the link leads, as a description when it shows no text.</summary>
    public static string Target(DrawOperation link) => link switch
    {
        UrlLink url => url.Url,
        DestinationLink destination => "#" + destination.Destination,
        _ => "",
    };

    /// <summary>A URI is 7-bit ASCII: other characters are percent-encoded as UTF-8 (RFC 3986).</summary>
    private static string Ascii(string url)
    {
        var ascii = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(url))
        {
            if (b is >= 0x21 and <= 0x7E)
                ascii.Append((char)b);
            else
                ascii.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return ascii.ToString();
    }
}
