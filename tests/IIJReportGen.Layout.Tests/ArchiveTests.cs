using System.Text;
using IIJReportGen.Pdf;
using IIJReportGen.Tests.Shared;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace IIJReportGen.Layout.Tests;

/// <summary>PDF/A-3b: conformance claimed in XMP as the Info dictionary says, the sRGB output intent, and associated files.</summary>
public class ArchiveTests
{
    private static readonly PdfAttachment Instance = new("sample.xbrl", "application/xbrl+xml", "XBRL instance", AttachmentRelationship.Data,
        Encoding.UTF8.GetBytes("<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"/>"), Samples.ReleaseDate);

    private static readonly PdfAttachment Dataset = new("sample.json", "application/json", "Dataset", AttachmentRelationship.Source,
        Encoding.UTF8.GetBytes("{ \"period\": \"1H13\" }"));

    [Fact]
    public void XmpClaimsPdfA3bAndSaysWhatTheInfoDictionarySays()
    {
        using var pdf = PdfDocument.Open(Render(Samples.Release(5)));
        Assert.True(pdf.TryGetXmpMetadata(out var metadata));
        var xmp = Encoding.UTF8.GetString(metadata.GetXmlBytes().ToArray());

        Assert.Contains("<pdfaid:part>3</pdfaid:part>", xmp);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", xmp);
        Assert.DoesNotContain("pdfuaid", xmp); // an untagged layout claims no accessibility
        Assert.Contains($"<rdf:li xml:lang=\"x-default\">{pdf.Information.Title}</rdf:li>", xmp);
        Assert.Contains($"<dc:creator><rdf:Seq><rdf:li>{pdf.Information.Author}</rdf:li></rdf:Seq></dc:creator>", xmp);
        Assert.Contains($"<pdf:Producer>{pdf.Information.Producer}</pdf:Producer>", xmp);
        Assert.Contains($"<xmp:CreatorTool>{pdf.Information.Creator}</xmp:CreatorTool>", xmp);
        Assert.Contains("<xmp:CreateDate>2013-11-08T06:00:00+00:00</xmp:CreateDate>", xmp);
        Assert.Equal(Samples.ReleaseDate, pdf.Information.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void TaggedDocumentClaimsPdfUa1WithTheExtensionSchema()
    {
        var document = new Document(new DocumentSettings { Tagged = true }).Page(page => page.Content().Tagged(new StructureElement(StructureRole.P)).Text("Tagged", Samples.Body));
        using var pdf = PdfDocument.Open(Render(document));
        Assert.True(pdf.TryGetXmpMetadata(out var metadata));
        var xmp = Encoding.UTF8.GetString(metadata.GetXmlBytes().ToArray());

        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp);
        Assert.Contains("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>", xmp);
        Assert.Contains("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>", xmp);
    }

    [Fact]
    public void OutputIntentIsSrgbWithItsIccProfile()
    {
        using var pdf = PdfDocument.Open(Render(Samples.Release(5)));
        var intents = (ArrayToken)PdfStructure.Catalog(pdf)["OutputIntents"];
        var intent = PdfStructure.Dictionary(pdf, Assert.Single(intents.Data));

        Assert.Equal("GTS_PDFA1", PdfStructure.Value(intent["S"]));
        var profile = (StreamToken)pdf.Structure.GetObject(((IndirectReferenceToken)intent["DestOutputProfile"]).Data).Data;
        Assert.Equal("3", PdfStructure.Value(profile.StreamDictionary.Data["N"]));
        using var inflated = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(profile.Data.ToArray()), System.IO.Compression.CompressionMode.Decompress))
            zlib.CopyTo(inflated);
        var icc = inflated.ToArray();
        Assert.Equal("acsp", Encoding.ASCII.GetString(icc, 36, 4));
        Assert.Equal("RGB ", Encoding.ASCII.GetString(icc, 16, 4));
    }

    [Fact]
    public void AttachmentsAreAssociatedFilesWithRelationshipAndMediaType()
    {
        using var pdf = PdfDocument.Open(Render(Samples.Release(5), [Instance, Dataset]));

        Assert.True(pdf.Advanced.TryGetEmbeddedFiles(out var files));
        Assert.Equal(["sample.json", "sample.xbrl"], files.Select(f => f.Name));
        Assert.Equal(Dataset.Data.ToArray(), files[0].Bytes);
        Assert.Equal(Instance.Data.ToArray(), files[1].Bytes);
        var associated = ((ArrayToken)PdfStructure.Catalog(pdf)["AF"]).Data.Select(a => PdfStructure.Dictionary(pdf, a)).ToList();
        Assert.Equal(["Data", "Source"], associated.Select(a => PdfStructure.Value(a["AFRelationship"])));
        var stream = (StreamToken)pdf.Structure.GetObject(((IndirectReferenceToken)PdfStructure.Dictionary(pdf, associated[0]["EF"])["F"]).Data).Data;
        Assert.Equal("application/xbrl+xml", PdfStructure.Value(stream.StreamDictionary.Data["Subtype"]));
        var parameters = PdfStructure.Dictionary(pdf, stream.StreamDictionary.Data["Params"]);
        Assert.Equal(Instance.Data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), PdfStructure.Value(parameters["Size"]));
        Assert.Equal("D:20131108060000+00'00'", PdfStructure.Value(parameters["ModDate"]));
    }

    [Fact]
    public void AttachmentsKeepTheFileDeterministic()
    {
        Assert.Equal(Render(Samples.Release(5), [Instance, Dataset]), Render(Samples.Release(5), [Instance, Dataset]));
    }

    [ExternalToolFact("qpdf", "qpdf")]
    public void QpdfFindsNoErrorsWithAttachments()
    {
        var (exitCode, output) = ExternalTool.RunOnPdf(Render(Samples.Release(60), [Instance, Dataset]), "qpdf", "--check");

        Assert.True(exitCode == 0, output);
    }

    private static byte[] Render(Document document, IReadOnlyList<PdfAttachment>? attachments = null)
    {
        using var stream = new MemoryStream();
        PdfRenderer.Render(document, stream, Samples.Metadata, attachments);
        return stream.ToArray();
    }
}
