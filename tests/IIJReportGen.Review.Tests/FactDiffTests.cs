using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Review.Alignment;
using IIJReportGen.Review.Documents;
using IIJReportGen.Review.Facts;
using IIJReportGen.Validation;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Review.Tests;

public sealed class FactDiffTests : IDisposable
{
    /// <summary>1,000,000 thousand JPY more WAN revenue in 1H13, with every total above it (and the matching cost, so operating income holds).</summary>
    private const decimal Delta = 1_000_000m;

    private static readonly string[] Bumped =
    [
        "WanServicesRevenue", "NetworkServicesRevenue", "TotalRevenues", "SegmentRevenueNetworkSi", "SegmentRevenueNetworkSiCustomers",
        "CostOfNetworkServices", "TotalCostOfRevenues", "TotalCostAndExpenses",
    ];

    private readonly EditedDataset _original = new();
    private readonly EditedDataset _edited = new(json =>
    {
        foreach (var concept in Bumped)
            EditedDataset.Add(json, concept, "1H13", Delta);
    });

    public void Dispose()
    {
        _original.Dispose();
        _edited.Dispose();
    }

    [Fact]
    public void The_edited_copy_still_validates()
    {
        var errors = DatasetValidator.Validate(_edited.Load()).Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error);
        Assert.Empty(errors);
    }

    [Fact]
    public void Lists_the_changed_fact_and_the_totals_with_old_new_and_deltas()
    {
        var before = _original.Load();
        var changes = FactDiff.Compare(new ReportModel(before), new ReportModel(_edited.Load()));

        Assert.Equal(Bumped.Order(), changes.Facts.Select(f => f.Concept).Order());
        Assert.All(changes.Facts, f => Assert.Equal("1H13", f.Period));
        var wan = changes.Facts.Single(f => f.Concept == "WanServicesRevenue");
        var typed = before.Concepts["WanServicesRevenue"].Values["1H13"].Typed!.Value;
        Assert.Equal(ChangeKind.Changed, wan.Kind);
        Assert.Equal(typed, wan.Old!.Typed);
        Assert.Equal(typed + Delta, wan.New!.Typed);
        Assert.Equal(Delta, wan.TypedDelta);
        Assert.Equal(Delta * 1000m, wan.BaseDelta);
        Assert.Equal(Delta / typed * 100m, wan.DeltaPercent);
        Assert.Contains(wan.AppearsIn, a => a.Table == "income-statement");
    }

    [Fact]
    public void Lists_every_measure_that_follows_from_the_change()
    {
        var before = new ReportModel(_original.Load());
        var after = new ReportModel(_edited.Load());
        var expected = after.Dataset.Measures.SelectMany(m => after.Dataset.Periods.Select(p => (m.Key, p.Key)))
            .Where(x => before.Value(x.Item1, x.Item2) != after.Value(x.Item1, x.Item2))
            .ToList();

        var changes = FactDiff.Compare(before, after);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, changes.Measures.Select(m => (m.Measure, m.Period)));
    }

    [Theory]
    [InlineData("operating-results-summary", "TotalRevenues", "1H13", "millions")]
    [InlineData("operating-results-summary", "TotalRevenues", "1H13", "yoyPercent")]
    [InlineData("network-services-revenues", "WanServicesRevenue", "1H13", "yoyPercent")]
    [InlineData("income-statement", "NetworkServicesRevenue", "1H13", "usdThousands")]
    [InlineData("income-statement", "TotalRevenues", "1H13", "thousands")]
    public void Reports_the_derived_cells_as_displayed(string table, string concept, string period, string form)
    {
        var before = _original.Load();
        var after = _edited.Load();
        var changes = FactDiff.Compare(new ReportModel(before), new ReportModel(after));

        var column = FigureForm.Named(form)!.Derivation;
        var heading = ShownCells.Heading(after, after.Tables[table].Columns.First(c => c.Period == period && c.Measure == column));
        var cell = Assert.Single(changes.Cells, c => c.Table == table && c.Figure == concept && c.Column == heading);
        Assert.Equal(Shown(before, table, concept, period, form), cell.Old);
        Assert.Equal(Shown(after, table, concept, period, form), cell.New);
        Assert.NotEqual(cell.Old, cell.New);
    }

    [Fact]
    public void Cells_that_do_not_depend_on_the_change_are_not_listed()
    {
        var changes = FactDiff.Compare(new ReportModel(_original.Load()), new ReportModel(_edited.Load()));

        Assert.DoesNotContain(changes.Cells, c => c.Period is "1H12" or "2Q13" or "2Q12");
        Assert.DoesNotContain(changes.Cells, c => c.Figure == "OperatingIncome");
    }

    [Fact]
    public void Identical_inputs_give_an_empty_report()
    {
        var changes = FactDiff.Compare(new ReportModel(_original.Load()), new ReportModel(_original.Load()));

        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void A_sentence_built_from_the_figures_redlines_exactly_the_changed_words()
    {
        // The build command renders the real documents; this sentence follows the release's pattern with the same helpers' rounding.
        var oldSentence = Sentence(_original.Load());
        var newSentence = Sentence(_edited.Load());

        var changes = DocumentDiff.Compare("press-release", Page(oldSentence), Page(newSentence));

        var change = Assert.Single(changes.Prose);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        var before = _original.Load();
        var after = _edited.Load();
        Assert.Equal(
            [$"JPY{Shown(before, "operating-results-summary", "TotalRevenues", "1H13", "millions")}", Shown(before, "operating-results-summary", "TotalRevenues", "1H13", "yoyPercent") + "%"],
            change.Redline.Where(s => s.Kind == RedlineKind.Deleted).SelectMany(s => s.Text.Split(' ')));
        Assert.Equal(
            [$"JPY{Shown(after, "operating-results-summary", "TotalRevenues", "1H13", "millions")}", Shown(after, "operating-results-summary", "TotalRevenues", "1H13", "yoyPercent") + "%"],
            change.Redline.Where(s => s.Kind == RedlineKind.Inserted).SelectMany(s => s.Text.Split(' ')));
    }

    private static string Sentence(ReportDataset dataset) =>
        $"Total revenues were JPY{Shown(dataset, "operating-results-summary", "TotalRevenues", "1H13", "millions")} million, " +
        $"up {Shown(dataset, "operating-results-summary", "TotalRevenues", "1H13", "yoyPercent")}% YoY. Operating income was unchanged.";

    private static string Page(string paragraph) => $"<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>{paragraph}</p></body></html>";

    /// <summary>The figure as the table's document shows it, straight from the figures' owner (not from the diff).</summary>
    private static string Shown(ReportDataset dataset, string table, string concept, string period, string form) =>
        Presentation.For(new ReportModel(dataset), dataset.Tables[table].Document).Show(concept, period, FigureForm.Named(form)!)!.Text;
}
