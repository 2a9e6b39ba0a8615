using System.Globalization;
using System.Security;
using System.Text;

namespace IIJReportGen.Pdf;

/// <summary>The document's metadata twice, as archival PDF wants it: the Info dictionary and an XMP packet saying the same.</summary>
internal static class DocumentInfo
{
    public static int WriteInfo(PdfFile file, PdfMetadata metadata)
    {
        var info = new StringBuilder("<<");
        void Entry(string key, string value)
        {
            if (value.Length > 0)
                info.Append('/').Append(key).Append(' ').Append(PdfSyntax.Text(value)).Append(' ');
        }
        Entry("Title", metadata.Title);
        Entry("Author", metadata.Author);
        Entry("Subject", metadata.Subject);
        Entry("Keywords", metadata.Keywords);
        Entry("Creator", metadata.Creator);
        Entry("Producer", metadata.Producer);
        info.Append("/CreationDate ").Append(PdfSyntax.Date(metadata.Created)).Append(" /ModDate ").Append(PdfSyntax.Date(metadata.Modified)).Append(">>");
        return file.Write(info.ToString());
    }

    /// <summary>The XMP metadata stream (uncompressed, so file tools can read it); <paramref name="extraProperties"/> are further rdf:Description elements.</summary>
    public static int WriteXmp(PdfFile file, PdfMetadata metadata, string extraProperties = "")
    {
        var xmp = new StringBuilder();
        xmp.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
            .Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
            .Append("<dc:format>application/pdf</dc:format>\n");
        if (metadata.Title.Length > 0)
            xmp.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(metadata.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (metadata.Author.Length > 0)
            xmp.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(metadata.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (metadata.Subject.Length > 0)
            xmp.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(metadata.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        if (metadata.Keywords.Length > 0)
            xmp.Append("<pdf:Keywords>").Append(Escape(metadata.Keywords)).Append("</pdf:Keywords>\n");
        xmp.Append("<pdf:Producer>").Append(Escape(metadata.Producer)).Append("</pdf:Producer>\n")
            .Append("<xmp:CreatorTool>").Append(Escape(metadata.Creator)).Append("</xmp:CreatorTool>\n")
            .Append("<xmp:CreateDate>").Append(Date(metadata.Created)).Append("</xmp:CreateDate>\n")
            .Append("<xmp:ModifyDate>").Append(Date(metadata.Modified)).Append("</xmp:ModifyDate>\n")
            .Append("<xmp:MetadataDate>").Append(Date(metadata.Modified)).Append("</xmp:MetadataDate>\n")
            .Append("</rdf:Description>\n").Append(extraProperties)
            .Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return file.WriteStream("/Type /Metadata /Subtype /XML ", Encoding.UTF8.GetBytes(xmp.ToString()));
    }

    private static string Date(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);
}
