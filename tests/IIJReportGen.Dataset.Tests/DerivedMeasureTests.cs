using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Dataset.Tests;

/// <summary>Figures derived from the bundled dataset reproduce what the reference document prints.</summary>
public class DerivedMeasureTests
{
    private static readonly Lazy<Presentation> Bundled = new(() =>
    {
        var load = DatasetLoader.Load(RepositoryPaths.BundledDataset);
        Assert.True(load.Dataset is not null, string.Join("\n", load.Diagnostics));
        var dataset = load.Dataset!;
        return new Presentation(new ReportModel(dataset), dataset.Policies.RoundingFor("press-release"));
    });

    private static readonly string Seed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds", "000_071992bb41c141de.txt"));

    [Theory]
    [InlineData("TotalRevenues", "1H13", PublishedForm.Millions, "54,397", "Revenues JPY54,397 million")]
    [InlineData("TotalRevenues", "1H13", PublishedForm.YoyPercent, "6.4", "up 6.4% YoY")]
    [InlineData("OperatingIncome", "1H13", PublishedForm.YoyPercent, "(7.8)", "Operating Income\t3,263\t3,009\t(7.8)")]
    [InlineData("TotalRevenues", "1H13", PublishedForm.UsdMillions, "553", "(\\$553 million, up 6.4% YoY)")]
    [InlineData("TotalRevenues", "1H13", PublishedForm.UsdThousands, "553,433", "Total revenues\t51,109,001\t553,433\t54,396,959")]
    [InlineData("GrossMarginRatioNetworkServices", "1H13", PublishedForm.Percent, "21.3", "Gross margin ratio was 21.3%")]
    [InlineData("EquityRatio", "1H13-end", PublishedForm.Percent, "58.4", "as of September 30, 2013 was 58.4%")]
    [InlineData("BasicEps", "1H13", PublishedForm.Units, "51.66", "BASIC NET INCOME PER SHARE (JPY / U.S. Dollars / JPY)\t49.51\t0.53\t51.66")]
    [InlineData("BasicEps", "1H13", PublishedForm.UsdUnits, "0.53", "BASIC NET INCOME PER SHARE (JPY / U.S. Dollars / JPY)\t49.51\t0.53\t51.66")]
    [InlineData("AdjustedEbitda", "1H13", PublishedForm.Millions, "7,247", "Adjusted EBITDA\t6,902\t7,247")]
    [InlineData("Capex", "1H12", PublishedForm.Millions, "5,903", "CAPEX, including Capital Leases\t5,903\t4,647")]
    [InlineData("CashAndCashEquivalents", "1H13-end", PublishedForm.ChangeMillions, "13,523", "cash and cash equivalents increased by JPY13,523 million")]
    [InlineData("DividendPerShareAnnualSplitAdjusted", "FY2012", PublishedForm.Units, "18.75", "JPY8.75 and JPY18.75")]
    public void DerivedFigureMatchesTheReference(string id, string period, PublishedForm form, string expected, string seedPhrase)
    {
        Assert.Contains(seedPhrase, Seed);
        var presentation = Bundled.Value;
        var vs = form == PublishedForm.ChangeMillions ? "FY2012-end" : null;
        var value = presentation.Shown(id, period, form, vs);
        Assert.NotNull(value);
        var decimals = form switch
        {
            PublishedForm.YoyPercent or PublishedForm.Percent => presentation.PercentDecimals,
            PublishedForm.Units or PublishedForm.UsdUnits => 2,
            _ => 0,
        };
        Assert.Equal(expected, NumberText.Format(value!.Value, decimals, presentation.Model.Dataset.Policies.NegativeStyle));
    }

    [Fact]
    public void FiguresAreStoredOnceAtSourcePrecision()
    {
        var dataset = Bundled.Value.Model.Dataset;
        var revenues = dataset.Concepts["TotalRevenues"];
        Assert.Equal(3, revenues.Scale);
        Assert.Equal(54_396_959m, revenues.Values["1H13"].Typed);
        Assert.DoesNotContain(dataset.Concepts, c => c.Key.Contains("Usd", StringComparison.Ordinal) || c.Unit == "USD");
    }
}
