using System.Text;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Reviews;
using IIJReportGen.Pdf;
using IIJReportGen.Xbrl;

namespace IIJReportGen.Pipeline;

/// <summary>The files every PDF carries inside (PDF/A-3 associated files), so a filing holds its own data: the XBRL instance and the dataset as published.</summary>
internal static class AttachedFiles
{
    /// <param name="filing">The XBRL filing, whose instance is attached; empty for a draft, which has none.</param>
    public static IReadOnlyList<PdfAttachment> For(IReadOnlyList<XbrlFile> filing, ReportModel model, byte[] dataset, string datasetPath, DateTimeOffset date)
    {
        var source = new PdfAttachment(Path.GetFileName(datasetPath), "application/json", "The dataset this document was made from", AttachmentRelationship.Source, Published(model, dataset), date);
        if (filing.SingleOrDefault(f => f.Path.EndsWith(".xbrl", StringComparison.Ordinal)) is not { } instance)
            return [source];
        return
        [
            new PdfAttachment(instance.FileName, "application/xbrl+xml", "XBRL instance of the figures in this document", AttachmentRelationship.Data, instance.Bytes, date),
            source,
        ];
    }

    /// <summary>
    /// The dataset as published: the file as loaded, less the texts still to review (and their lapsed marks), which are
    /// drafts nobody has approved. Only a draft build gets this far with such texts; validation stops a final one.
    /// </summary>
    internal static byte[] Published(ReportModel model, byte[] dataset)
    {
        var drafts = TextReviews.ToReview(model).Select(t => t.Key).ToList();
        if (drafts.Count == 0)
            return dataset;
        var input = new UTF8Encoding(false).GetString(dataset).TrimStart('\uFEFF');
        var root = DatasetJson.Parse(input);
        foreach (var key in drafts)
        {
            root["texts"]?[key]?.Parent!.Remove();
            root["reviewed"]?[key]?.Parent!.Remove();
        }
        return new UTF8Encoding(false).GetBytes(DatasetJson.Write(root, input));
    }
}
