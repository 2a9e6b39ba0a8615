using IIJReportGen.Dataset.Figures;
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
        return Presentation.For(new ReportModel(dataset), "press-release");
    });

    private static readonly string Seed = File.ReadAllText(RepositoryPaths.ReferenceRelease);

    [Theory]
    [InlineData("TotalRevenues", "1H13", "millions", "54,397", "Revenues JPY54,397 million")]
    [InlineData("TotalRevenues", "1H13", "yoyPercent", "6.4", "up 6.4% YoY")]
    [InlineData("OperatingIncome", "1H13", "yoyPercent", "(7.8)", "Operating Income\t3,263\t3,009\t(7.8)")]
    [InlineData("TotalRevenues", "1H13", "usdMillions", "553", "(\\$553 million, up 6.4% YoY)")]
    [InlineData("TotalRevenues", "1H13", "usdThousands", "553,433", "Total revenues\t51,109,001\t553,433\t54,396,959")]
    [InlineData("GrossMarginRatioNetworkServices", "1H13", "percent", "21.3", "Gross margin ratio was 21.3%")]
    [InlineData("EquityRatio", "1H13-end", "percent", "58.4", "as of September 30, 2013 was 58.4%")]
    [InlineData("BasicEps", "1H13", "units", "51.66", "BASIC NET INCOME PER SHARE (JPY / U.S. Dollars / JPY)\t49.51\t0.53\t51.66")]
    [InlineData("BasicEps", "1H13", "usdUnits", "0.53", "BASIC NET INCOME PER SHARE (JPY / U.S. Dollars / JPY)\t49.51\t0.53\t51.66")]
    [InlineData("AdjustedEbitda", "1H13", "millions", "7,247", "Adjusted EBITDA\t6,902\t7,247")]
    [InlineData("Capex", "1H12", "millions", "5,903", "CAPEX, including Capital Leases\t5,903\t4,647")]
    [InlineData("CashAndCashEquivalents", "1H13-end", "changeMillions", "13,523", "cash and cash equivalents increased by JPY13,523 million")]
    [InlineData("DividendPerShareAnnualSplitAdjusted", "FY2012", "units", "18.75", "JPY8.75 and JPY18.75")]
    public void DerivedFigureMatchesTheReference(string id, string period, string form, string expected, string seedPhrase)
    {
        Assert.Contains(seedPhrase, Seed);
        var vs = form == FigureForm.ChangeMillions.Name ? "FY2012-end" : null;

        var shown = Bundled.Value.Show(id, period, FigureForm.Named(form)!, vs);

        Assert.NotNull(shown);
        Assert.Equal(expected, shown.Text);
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
