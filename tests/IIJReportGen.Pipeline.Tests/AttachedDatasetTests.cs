using System.Text;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Reviews;
using IIJReportGen.Dataset.Tests;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>The dataset a PDF carries inside leaves out the texts still to review (a draft's), and is the file as loaded otherwise.</summary>
public sealed class AttachedDatasetTests
{
    private static readonly string Bundled = File.ReadAllText(RepositoryPaths.BundledDataset);

    private static ReportModel Model(string json) => new(DatasetLoader.Parse(Encoding.UTF8.GetBytes(json), "dataset.json").Dataset!);

    [Fact]
    public void A_reviewed_dataset_is_attached_byte_for_byte()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.BundledDataset);

        Assert.Same(bytes, AttachedFiles.Published(Model(Bundled), bytes));
    }

    [Fact]
    public void Texts_still_to_review_and_their_lapsed_marks_are_left_out()
    {
        var root = DatasetJson.Parse(Bundled);
        root["texts"]!["about"] = "A draft nobody has approved.";
        var edited = DatasetJson.Write(root, Bundled);

        var published = Encoding.UTF8.GetString(AttachedFiles.Published(Model(edited), Encoding.UTF8.GetBytes(edited)));

        Assert.DoesNotContain("A draft nobody has approved.", published, StringComparison.Ordinal);
        var expected = DatasetJson.Parse(edited);
        ((JObject)expected["texts"]!).Remove("about");
        ((JObject)expected["reviewed"]!).Remove("about");
        Assert.Equal(DatasetJson.Write(expected, edited), published);
        Assert.Empty(TextReviews.ToReview(Model(published)));
    }
}
