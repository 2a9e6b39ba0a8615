using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Tests;

/// <summary>A report's kind is read from its current period's length in whole months.</summary>
public class ReportKindTests
{
    [Theory]
    [InlineData("2013-06-30", "Q1", 1)]
    [InlineData("2013-09-30", "1H", 2)]
    [InlineData("2013-09-28", "1H", 2)]
    [InlineData("2013-12-31", "Q3", 3)]
    [InlineData("2014-03-31", "FY", 4)]
    public void A_period_of_three_six_nine_or_twelve_months_is_a_Q1_1H_Q3_or_FY_report(string end, string code, int quarters)
    {
        var kind = ReportKind.Of(Duration(end));

        Assert.Equal((code, quarters), (kind!.Code, kind.Quarters));
        Assert.Equal(quarters == 4, kind.IsFullYear);
    }

    [Theory]
    [InlineData("2013-07-31")]
    [InlineData("2013-11-15")]
    public void Another_length_is_no_kind(string end) => Assert.Null(ReportKind.Of(Duration(end)));

    [Fact]
    public void An_instant_is_no_kind() =>
        Assert.Null(ReportKind.Of(new Period("x", PeriodType.Instant, null, new DateOnly(2013, 9, 30), Scenario.Actual, "", "", null, new SourceLocation("t"))));

    [Fact]
    public void The_bundled_report_is_a_first_half() =>
        Assert.Equal("1H", MutatedDataset.LoadText(File.ReadAllText(RepositoryPaths.BundledDataset)).Dataset!.Kind!.Code);

    private static Period Duration(string end) =>
        new("x", PeriodType.Duration, new DateOnly(2013, 4, 1), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), Scenario.Actual, "", "", null, new SourceLocation("t"));
}
