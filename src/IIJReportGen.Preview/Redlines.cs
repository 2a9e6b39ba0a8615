using System.Net;
using System.Xml;
using IIJReportGen.Pipeline;
using IIJReportGen.Review;
using IIJReportGen.Review.Documents;
using IIJReportGen.Review.Facts;
using IIJReportGen.Review.Writers;

namespace IIJReportGen.Preview;

/// <summary>The preview's documents against the last published build, as `iijreport diff --format html` shows a redline.</summary>
internal static class Redlines
{
    public static readonly string NotYet = Message("No build yet.");

    /// <summary>A redline page of every document against the published folder's XHTML (read only).</summary>
    public static string Against(string publishedDirectory, IReadOnlyList<BuiltDocument> documents)
    {
        var published = Directory.Exists(publishedDirectory) ? DocumentSetDiff.ReadFolder(publishedDirectory) : [];
        if (published.Count == 0)
            return Message($"No published build in '{publishedDirectory}' to compare with: run `iijreport build` to publish one.");
        try
        {
            var changes = DocumentSetDiff.Compare(published, documents.ToDictionary(d => d.Name, d => d.Xhtml, StringComparer.Ordinal));
            var report = new DiffReport(publishedDirectory, "preview", new DatasetChanges([], [], [], []), changes);
            var page = new StringWriter { NewLine = "\n" };
            new HtmlDiffWriter().Write(report, page);
            return page.ToString();
        }
        catch (XmlException e)
        {
            return Message($"The published build in '{publishedDirectory}' cannot be compared: {e.Message}");
        }
    }

    private static string Message(string text) =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>redline</title></head><body><p>{WebUtility.HtmlEncode(text)}</p></body></html>\n";
}
