using System.Text;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Dataset.Reviews;
using IIJReportGen.Diagnostics;
using IIJReportGen.Validation;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Dataset.Tests;

/// <summary>Review marks: the bundled dataset ships reviewed; a mark lapses when the text or a figure it cites changes, and then validation says so.</summary>
public sealed class TextReviewTests
{
    private static readonly string Bundled = File.ReadAllText(RepositoryPaths.BundledDataset);

    /// <summary>Cites ProceedsFromIssuanceOfCommonStock@1H13 (a cash-flow line), which no other text cites, and no revenue figure.</summary>
    private const string CitingProceeds = "reason.cash-flows.financing";

    private static ReportModel Edited(Action<JObject> edit)
    {
        var root = DatasetJson.Parse(Bundled);
        edit(root);
        var load = DatasetLoader.Parse(Encoding.UTF8.GetBytes(DatasetJson.Write(root, Bundled)), "edited.json");
        Assert.False(load.Diagnostics.HasErrors, string.Join("\n", load.Diagnostics));
        return new ReportModel(load.Dataset!);
    }

    private static IReadOnlyList<string> ToReview(ReportModel model) => TextReviews.ToReview(model).Select(t => t.Key).ToList();

    [Fact]
    public void The_bundled_dataset_ships_with_every_text_reviewed()
    {
        var model = Edited(_ => { });

        Assert.Equal(model.Dataset.Texts.Keys, model.Dataset.Reviewed.Keys);
        Assert.Empty(ToReview(model));
    }

    [Fact]
    public void The_text_used_here_cites_the_proceeds_of_the_share_issue()
    {
        var model = Edited(_ => { });
        Assert.Contains("{ProceedsFromIssuanceOfCommonStock@1H13", model.Dataset.Texts[CitingProceeds].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewording_a_text_makes_it_to_review_and_validation_an_error_at_the_text()
    {
        var model = Edited(root => root["texts"]!["about"] = (string)root["texts"]!["about"]! + " More.");

        Assert.Equal(["about"], ToReview(model));
        var finding = Assert.Single(DatasetValidator.Validate(model).Diagnostics, d => d.Code == ValidationCodes.TextNotReviewed);
        Assert.Equal(Diagnostics.Severity.Error, finding.Severity);
        Assert.Equal("Text 'about' is to review: it has changed since it was reviewed (its words or a figure it cites).", finding.Message);
        Assert.Equal("$.texts.about", finding.Location!.Path);
        Assert.Contains("iijreport review edited.json about", finding.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_a_cited_figure_lapses_the_mark_and_an_uncited_figure_does_not()
    {
        var cited = Edited(root => Add(root, "ProceedsFromIssuanceOfCommonStock", "1H13", 1));
        var uncited = Edited(root => Add(root, "TotalRevenues", "1H12", 1));

        Assert.Equal([CitingProceeds], ToReview(cited));
        Assert.Empty(ToReview(uncited));
    }

    [Fact]
    public void Retyping_a_figure_with_trailing_zeros_is_the_same_figure()
    {
        Assert.Empty(ToReview(Edited(root => root["concepts"]!["ProceedsFromIssuanceOfCommonStock"]!["values"]!["1H13"] =
            decimal.Parse(root["concepts"]!["ProceedsFromIssuanceOfCommonStock"]!["values"]!["1H13"]!.ToString() + ".000", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Marking_writes_the_current_fingerprint_in_text_order_after_the_texts()
    {
        var root = DatasetJson.Parse(Bundled);
        root.Remove("reviewed");
        Add(root, "ProceedsFromIssuanceOfCommonStock", "1H13", 1);
        var text = DatasetJson.Write(root, Bundled);
        var model = new ReportModel(DatasetLoader.Parse(Encoding.UTF8.GetBytes(text), "edited.json").Dataset!);
        Assert.Equal(model.Dataset.Texts.Count, ToReview(model).Count);

        TextReviews.Mark(root, model, [CitingProceeds, "about"]);
        var marked = new ReportModel(DatasetLoader.Parse(Encoding.UTF8.GetBytes(DatasetJson.Write(root, text)), "edited.json").Dataset!);

        Assert.Equal("reviewed", root.Properties().Last().Name);
        Assert.Equal(model.Dataset.Texts.Keys.Where(k => k is "about" or CitingProceeds), marked.Dataset.Reviewed.Keys);
        Assert.Equal(model.Dataset.Texts.Count - 2, ToReview(marked).Count);
        Assert.DoesNotContain(CitingProceeds, ToReview(marked));
    }

    [Fact]
    public void A_mark_left_by_a_text_taken_out_is_no_error_and_the_next_marking_drops_it()
    {
        // Taking a text out (a Q1 release has no quarter section) leaves its mark; a mark is written by the tool, never typed.
        var root = DatasetJson.Parse(Bundled);
        ((JObject)root["texts"]!).Remove("about");
        var json = DatasetJson.Write(root, Bundled);
        var load = DatasetLoader.Parse(Encoding.UTF8.GetBytes(json), "edited.json");

        Assert.DoesNotContain(load.Diagnostics, d => d.Severity == Severity.Error);
        Assert.DoesNotContain(DatasetValidator.Validate(load.Dataset!).Diagnostics, d => d.Code == ValidationCodes.TextNotReviewed);
        TextReviews.Mark(root, new ReportModel(load.Dataset!), ["footnote.1"]);
        Assert.Null(root["reviewed"]!["about"]);
    }

    private static void Add(JObject root, string concept, string period, decimal delta)
    {
        var values = (JObject)root["concepts"]![concept]!["values"]!;
        values[period] = (decimal)values[period]! + delta;
    }
}
