using IIJReportGen.Diagnostics;
using IIJReportGen.Validation;
using static IIJReportGen.Dataset.Tests.MutatedDataset;

namespace IIJReportGen.Dataset.Tests;

/// <summary>Each validation check finds what it should on the mini dataset, with its exact message and location.</summary>
public class ValidationTests
{
    private static List<string> Findings(string find, string replace, string code)
    {
        var load = Load(find, replace);
        Assert.Empty(load.Diagnostics);
        return DatasetValidator.Validate(load.Dataset!).Diagnostics.Where(d => d.Code == code).Select(d => d.ToString()).ToList();
    }

    private static List<Diagnostic> Unchanged() => DatasetValidator.Validate(LoadText(Original).Dataset!).Diagnostics.ToList();

    [Fact]
    public void MiniDatasetHasOnlyTheKnownWarnings()
    {
        var findings = Unchanged();
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal(["VAL003", "VAL004", "VAL004"], findings.Select(f => f.Code));
    }

    [Fact]
    public void PublishedFigureThatDiffersFromTheStatement()
    {
        var finding = Unchanged().Single(f => f.Code == ValidationCodes.PublishedDiffers).ToString();
        Assert.Equal("mini.json:77:5 ($.asPublished[0]): warning VAL003: Equipment sales (EquipmentRevenue) 1H12: published 641 but the dataset gives 642 (millions, Operating Results Summary). The source statement gives 641,780 thousand; the derived figure is what the documents will show.", finding);
    }

    [Fact]
    public void RoundingFootingOfAMillionsTable()
    {
        var finding = Unchanged().First(f => f.Code == ValidationCodes.RoundingFooting).ToString();
        Assert.Equal("mini.json:51:9 ($.tables.income.lines[3]): warning VAL004: Table 'summary', 1H12: the shown parts 32,259 + 642 = 32,901 do not foot to the shown total 'TotalRevenues' 32,900 (JPY millions) because each figure is rounded separately. Usually acceptable; add a note such as \"figures may not add up due to rounding\" if the document has none.", finding);
    }

    [Fact]
    public void TotalThatDoesNotFoot()
    {
        var findings = Findings("\"1H13\": 34365838", "\"1H13\": 34365839", ValidationCodes.CalculationInconsistent);
        Assert.Equal([
            "mini.json:30:157 ($.concepts.TotalRevenues.values.1H13): error VAL001: Table 'income', 1H13: 'TotalRevenues' is 34,365,839 but NetworkRevenue + EquipmentRevenue = 34,365,838 (difference 1). Correct the typed figure that differs from the source statement, or the line's \"parent\"/\"weight\".",
            "mini.json:32:119 ($.concepts.OperatingIncome.values.1H13): error VAL001: Table 'income', 1H13: 'OperatingIncome' is 3,008,979 but TotalRevenues - TotalCost = 3,008,980 (difference -1). Correct the typed figure that differs from the source statement, or the line's \"parent\"/\"weight\".",
        ], findings);
    }

    [Fact]
    public void TieOutThatFails()
    {
        var findings = Findings("\"values\": { \"1H13\": 13522758 }", "\"values\": { \"1H13\": 13522759 }", ValidationCodes.TieOutFails);
        Assert.Equal(["mini.json:74:5 ($.tieOuts[0]): error VAL002: Tie-out 'cash-roll-forward' fails for 1H13: Cash@end = Cash@start + NetCashChange gives 25,781,630,000 = 25,781,631,000 (difference -1,000). Ending cash equals beginning cash plus the net change. One of the figures in this rule was typed wrong: compare them with the source statements."], findings);
    }

    [Fact]
    public void AQuarterThatIsNotThreeMonthsIsNotTheReportsQuarter() => Assert.Equal(
        ["mini.json ($.report.quarter): error VAL013: report.quarter is '1H12' (6 months ended 2012-09-30), but the report is a first half (1H, '1H13' ends 2013-09-30): its quarter is the three months ended 2013-09-30. Add that three-month period and name it in report.quarter, or remove report.quarter."],
        Findings("\"current\": \"1H13\",", "\"current\": \"1H13\", \"quarter\": \"1H12\",", ValidationCodes.QuarterDoesNotFitKind));

    [Theory]
    [InlineData("2Q12", "mini.json ($.report.quarter): error VAL013: report.quarter is '2Q12' (3 months ended 2012-09-30), but the report is a first half (1H, '1H13' ends 2013-09-30): its quarter is the three months ended 2013-09-30. Set report.quarter to \"2Q13\", or remove it.")]
    [InlineData("2Q13", null)]
    public void TheReportsQuarterIsTheThreeMonthsEndingWithItsCurrentPeriod(string quarter, string? finding)
    {
        var quarters = "\"2Q12\": { \"type\": \"duration\", \"start\": \"2012-07-01\", \"end\": \"2012-09-30\", \"label\": \"Three Months Ended September 30, 2012\" }, " +
            "\"2Q13\": { \"type\": \"duration\", \"start\": \"2013-07-01\", \"end\": \"2013-09-30\", \"label\": \"Three Months Ended September 30, 2013\" },\n    \"1H12\": {";
        var text = Original.Replace("\"current\": \"1H13\",", $"\"current\": \"1H13\", \"quarter\": \"{quarter}\",", StringComparison.Ordinal)
            .Replace("\"1H12\": {", quarters, StringComparison.Ordinal);
        var load = LoadText(text);
        Assert.Empty(load.Diagnostics);
        Assert.Equal(finding is null ? [] : [finding],
            DatasetValidator.Validate(load.Dataset!).Diagnostics.Where(d => d.Code == ValidationCodes.QuarterDoesNotFitKind).Select(d => d.ToString()));
    }

    [Fact]
    public void MissingFactInATable()
    {
        var findings = Findings("\"values\": { \"1H12\": 29637675, \"1H13\": 31356859 }", "\"values\": { \"1H13\": 31356859 }", ValidationCodes.MissingFact);
        Assert.Equal(3, findings.Count);
        Assert.Equal("mini.json:52:9 ($.tables.income.lines[4]): error VAL005: Table 'income' shows 'TotalCost' for 1H12, but the dataset has no value for it. Add \"1H12\": <figure> to the values of concept 'TotalCost' (use null for a dash).", findings[0]);
    }

    [Fact]
    public void AMissingCountIsReportedForItsValueColumnsNotForTheUsDollarColumnThatLeavesItBlank()
    {
        var text = Original
            .Replace("{ \"concept\": \"OperatingIncome\", \"total\": true }", "{ \"concept\": \"OperatingIncome\", \"total\": true },\n        { \"concept\": \"WeightedShares\" }", StringComparison.Ordinal)
            .Replace("\"values\": { \"1H13\": 42683242 }", "\"values\": {}", StringComparison.Ordinal);
        var load = LoadText(text);
        Assert.Empty(load.Diagnostics);

        var findings = DatasetValidator.Validate(load.Dataset!).Diagnostics.Where(d => d.Code == ValidationCodes.MissingFact)
            .Select(d => d.Message[..d.Message.IndexOf(',', StringComparison.Ordinal)]);

        Assert.Equal([
            "Table 'income' shows 'WeightedShares' for 1H12", "Table 'income' shows 'WeightedShares' for 1H13",
            "Table 'summary' shows 'WeightedShares' for 1H12", "Table 'summary' shows 'WeightedShares' for 1H13", "Table 'summary' shows 'WeightedShares' for 1H13",
        ], findings);
    }

    [Fact]
    public void DerivedFiguresMatchWhatIsPublished()
    {
        // EPS, YoY % with a negative change, and a balance-sheet change in millions all agree with their published form.
        var published = Unchanged().Where(f => f.Code is ValidationCodes.PublishedDiffers or ValidationCodes.PublishedNotDerivable);
        Assert.Single(published);
    }
}
