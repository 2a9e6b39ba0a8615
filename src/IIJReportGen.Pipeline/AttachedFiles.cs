using IIJReportGen.Pdf;
using IIJReportGen.Xbrl;

namespace IIJReportGen.Pipeline;

/// <summary>The files every PDF carries inside (PDF/A-3 associated files), so a filing holds its own data: the XBRL instance and the dataset as published.</summary>
internal static class AttachedFiles
{
    /// <param name="filing">The XBRL filing, whose instance is attached; empty for a draft, which has none.</param>
    public static IReadOnlyList<PdfAttachment> For(IReadOnlyList<XbrlFile> filing, byte[] dataset, string datasetPath, DateTimeOffset date)
    {
        var source = new PdfAttachment(Path.GetFileName(datasetPath), "application/json", "The dataset this document was made from", AttachmentRelationship.Source, Published(dataset), date);
        if (filing.SingleOrDefault(f => f.Path.EndsWith(".xbrl", StringComparison.Ordinal)) is not { } instance)
            return [source];
        return
        [
            new PdfAttachment(instance.FileName, "application/xbrl+xml", "XBRL instance of the figures in this document", AttachmentRelationship.Data, instance.Bytes, date),
            source,
        ];
    }

    /// <summary>
    /// The dataset as published: texts still to review are to be left out, but the dataset has no way yet to mark a text
    /// as such, so every text is published and the copy is the file as loaded.
    /// </summary>
    private static byte[] Published(byte[] dataset) => dataset;
}
