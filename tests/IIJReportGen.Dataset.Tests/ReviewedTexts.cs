using System.Text;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Reviews;

namespace IIJReportGen.Dataset.Tests;

/// <summary>
/// A test's edit of a dataset, reviewed as a person would after reading it (<c>iijreport review --all</c>): every text marked
/// as it now stands, so a test about something else is not stopped by a lapsed review mark (VAL012).
/// </summary>
internal static class ReviewedTexts
{
    public static string MarkAll(string json)
    {
        var dataset = DatasetLoader.Parse(Encoding.UTF8.GetBytes(json), "edited.json").Dataset
            ?? throw new InvalidOperationException("The edited dataset does not load, so its texts cannot be marked reviewed.");
        var root = DatasetJson.Parse(json);
        TextReviews.Mark(root, new ReportModel(dataset), dataset.Texts.Keys);
        return DatasetJson.Write(root, json);
    }
}
