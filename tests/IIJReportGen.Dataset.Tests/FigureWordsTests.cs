using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using static IIJReportGen.Dataset.Tests.MutatedDataset;

namespace IIJReportGen.Dataset.Tests;

/// <summary>The owner of the words a figure is read with: its trend and its name by sign, decided on the figure as shown.</summary>
public class FigureWordsTests
{
    // The mini dataset's equipment sales: 641,780 thousand in 1H12; its operating income: 3,262,707 thousand in 1H12.
    private const string Equipment = "\"EquipmentRevenue\": { \"label\": \"Equipment sales\", \"unit\": \"JPY\", \"scale\": 3, \"values\": { \"1H12\": 641780, \"1H13\": 755309 } }";
    private const string Operating = "\"OperatingIncome\": { \"label\": \"Operating income\", \"unit\": \"JPY\", \"scale\": 3, \"values\": { \"1H12\": 3262707, \"1H13\": 3008979 } }";

    private static FigureWords Words(string find = "", string replace = "")
    {
        var load = find.Length == 0 ? LoadText(Original) : Load(find, replace);
        Assert.False(load.Diagnostics.HasErrors, string.Join("\n", load.Diagnostics));
        return new FigureWords(Presentation.For(new ReportModel(load.Dataset!), "press-release"));
    }

    private static FigureWords Equipment1H13(decimal thousands) =>
        Words(Equipment, Equipment.Replace("755309", thousands.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    [Theory]
    [InlineData(755309, Trend.Up)]           // +17.7%
    [InlineData(600000, Trend.Down)]         // -6.5%
    [InlineData(641780, Trend.Unchanged)]    // exactly the same
    [InlineData(641800, Trend.Flat)]         // +0.003%: shown as 0.0%
    [InlineData(644000, Trend.Flat)]         // +0.3%: under the policy's 0.5
    [InlineData(638900, Trend.Flat)]         // -0.4%
    [InlineData(645000, Trend.Up)]           // +0.5%: at the threshold, no longer flat
    public void The_trend_of_a_percent_change_is_read_on_the_percent_as_shown(decimal current, Trend expected) =>
        Assert.Equal(expected, Equipment1H13(current).Trend("EquipmentRevenue", "1H13", FigureForm.YoyPercent));

    [Theory]
    [InlineData(641780, Trend.Unchanged)]    // no change at all
    [InlineData(642000, Trend.Flat)]         // +220 thousand: shown as a change of JPY0 million
    [InlineData(641300, Trend.Flat)]         // -480 thousand: still JPY0 million
    [InlineData(642300, Trend.Up)]           // +520 thousand: JPY1 million
    [InlineData(641200, Trend.Down)]
    public void The_trend_of_a_change_is_read_on_the_change_as_shown_so_nothing_reads_increased_by_zero(decimal current, Trend expected) =>
        Assert.Equal(expected, Equipment1H13(current).Trend("EquipmentRevenue", "1H13", FigureForm.ChangeMillions));

    [Theory]
    [InlineData("3262707", "-2991000", Trend.NotMeaningful)]  // a profit that became a loss
    [InlineData("-3262707", "3008979", Trend.NotMeaningful)]  // a loss base
    [InlineData("-3262707", "-2991000", Trend.NotMeaningful)] // a loss both times
    [InlineData("0", "3008979", Trend.NotMeaningful)]         // a zero base
    [InlineData("0", "0", Trend.Unchanged)]                   // nothing both times is no change
    [InlineData("3262707", "0", Trend.Down)]                  // down 100.0%
    public void A_percent_change_from_a_base_of_zero_or_less_or_across_a_change_of_sign_is_not_meaningful(string prior, string current, Trend expected)
    {
        var words = Words(Operating, Operating.Replace("3262707", prior, StringComparison.Ordinal).Replace("3008979", current, StringComparison.Ordinal));

        Assert.Equal(expected, words.Trend("OperatingIncome", "1H13", FigureForm.YoyPercent));
    }

    [Fact]
    public void A_reported_change_has_a_trend_though_its_base_is_not_in_the_dataset()
    {
        var model = new ReportModel(DatasetLoader.Load(RepositoryPaths.BundledDataset).Dataset!);
        var words = new FigureWords(Presentation.For(model, "tse-summary"));

        Assert.Equal(Trend.Up, words.Trend("TotalRevenues", "1H12", FigureForm.YoyPercent));
    }

    [Theory]
    [InlineData("3008979", 1, "operating income")]
    [InlineData("-2991000", -1, "operating loss")]
    [InlineData("-300", 0, "operating income")]   // a loss of JPY0.3 million shows as 0: no loss is shown
    [InlineData("-500", -1, "operating loss")]    // rounds half away from zero to (1)
    public void A_name_by_sign_follows_the_sign_as_shown(string current, int sign, string name)
    {
        var words = Words(Operating, Operating.Replace("3008979", current, StringComparison.Ordinal)
            .Replace("\"label\": \"Operating income\",", "\"label\": \"Operating income\", \"labelBySign\": { \"positive\": \"operating income\", \"negative\": \"operating loss\" },", StringComparison.Ordinal));

        Assert.Equal(sign, words.Sign("OperatingIncome", "1H13", FigureForm.Millions));
        Assert.Equal(name, words.Label("OperatingIncome", "1H13", FigureForm.Millions));
    }

    [Fact]
    public void A_figure_without_names_by_sign_has_none() =>
        Assert.Null(Words().Label("OperatingIncome", "1H13", FigureForm.Millions));

    [Fact]
    public void A_trend_is_read_on_a_change_or_a_percent_change_only() =>
        Assert.Throws<ArgumentException>(() => Words().Trend("OperatingIncome", "1H13", FigureForm.Millions));
}
