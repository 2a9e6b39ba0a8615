using System.Text;
using IIJReportGen.Dataset.Loading;
using static IIJReportGen.Dataset.Tests.MutatedDataset;

namespace IIJReportGen.Dataset.Tests;

/// <summary>Bad dataset input: each kind gets one finding with its exact message, location and fix.</summary>
public class DatasetLoaderTests
{
    [Fact]
    public void MiniDatasetLoadsWithoutFindings()
    {
        var result = LoadText(Original);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Dataset);
        Assert.Equal(9, result.Dataset!.Concepts.Count);
        Assert.Equal(15, result.Dataset.FactCount);
    }

    [Fact]
    public void TrailingComma()
    {
        var finding = SingleFinding(Load("\"pure\": { \"label\": \"ratio\", \"xbrl\": \"xbrli:pure\" }", "\"pure\": { \"label\": \"ratio\", \"xbrl\": \"xbrli:pure\", }"));
        Assert.Equal("mini.json:19:55: error DS002: Malformed JSON: there is a comma after the last entry of an object or list. Remove the comma before the closing bracket.", finding);
    }

    [Fact]
    public void Comment()
    {
        var finding = SingleFinding(Load("\"units\": {", "\"units\": { // units we report in"));
        Assert.StartsWith("mini.json:15:14: error DS002: Malformed JSON: '/' is invalid after a value.", finding);
        Assert.EndsWith("JSON has no comments: move the remark into a \"texts\" entry or delete it.", finding);
    }

    [Fact]
    public void TruncatedFile()
    {
        var finding = SingleFinding(LoadText(Original[..Original.IndexOf("  \"measures\"", StringComparison.Ordinal)]));
        Assert.StartsWith("mini.json:38:1: error DS002: Malformed JSON: Expected start of a property name or value, but instead reached end of data.", finding);
        Assert.EndsWith("The file ends early: it may be truncated; close every '{' and '['.", finding);
    }

    [Fact]
    public void InvalidUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Original.Replace("Example Networks", "Example \u00e9Networks", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes[at + 1] = 0x28; // a lead byte followed by a non-continuation byte
        var finding = SingleFinding(LoadBytes(bytes));
        Assert.Equal("mini.json:4:22: error DS002: Malformed JSON: the file is not valid UTF-8 at this byte. Save the file as UTF-8.", finding);
    }

    [Fact]
    public void InvalidUtf8AfterJapaneseTextOnCrLfLinesBehindAByteOrderMark()
    {
        // The column counts characters as an editor does (the six katakana are 18 bytes, 6 columns), lines end at \r\n, and the
        // byte order mark is not part of the first line.
        var text = Original.Replace("\n", "\r\n", StringComparison.Ordinal)
            .Replace("Example Networks", "Example ネットワーク\u00e9Networks", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        bytes[Array.IndexOf(bytes, (byte)0xC3) + 1] = 0x28;
        var finding = SingleFinding(LoadBytes(bytes));
        Assert.Equal("mini.json:4:28: error DS002: Malformed JSON: the file is not valid UTF-8 at this byte. Save the file as UTF-8.", finding);
    }

    [Fact]
    public void ByteOrderMarkIsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Original)).ToArray();
        Assert.Empty(LoadBytes(bytes).Diagnostics);
    }

    [Fact]
    public void MisspeltPropertySuggestsTheRightOne()
    {
        var finding = SingleFinding(Load("\"label\": \"Network services\"", "\"lable\": \"Network services\", \"label\": \"Network services\""));
        Assert.Equal("mini.json:28:25 ($.concepts.NetworkRevenue.lable): error DS003: Unknown property 'lable'. Did you mean 'label'?", finding);
    }

    [Fact]
    public void FigureTypedAsString()
    {
        var finding = SingleFinding(Load("\"1H12\": 641780", "\"1H12\": \"641,780\""));
        Assert.Equal("mini.json:29:102 ($.concepts.EquipmentRevenue.values.1H12): error DS005: The value for period '1H12' must be a number, not the string \"641,780\". Type it as a plain number without quotes or separators: 641780.", finding);
    }

    [Fact]
    public void MissingRequiredUnit()
    {
        var finding = SingleFinding(Load("\"WeightedShares\": { \"label\": \"Basic weighted-average shares\", \"unit\": \"shares\",", "\"WeightedShares\": { \"label\": \"Basic weighted-average shares\","));
        Assert.Equal("mini.json:36:23 ($.concepts.WeightedShares): error DS004: Required property 'unit' is missing. Add \"unit\" to this object.", finding);
    }

    [Fact]
    public void DuplicateKey()
    {
        var finding = SingleFinding(Load("\"1H12\": 641780,", "\"1H12\": 641780, \"1H12\": 641781,"));
        Assert.Equal("mini.json:29:116 ($.concepts.EquipmentRevenue.values.1H12): error DS008: Duplicate key '1H12' in the same object. Each key may appear once: remove or rename one of them.", finding);
    }

    [Fact]
    public void PeriodEndingBeforeItStarts()
    {
        var finding = SingleFinding(Load("\"start\": \"2012-04-01\", \"end\": \"2012-09-30\"", "\"start\": \"2012-04-01\", \"end\": \"2012-03-30\""));
        Assert.Equal("mini.json:22:65 ($.periods.1H12.end): error DS009: Period '1H12' ends (2012-03-30) before it starts (2012-04-01). Swap the dates or correct the typo.", finding);
    }

    [Fact]
    public void BadDate()
    {
        var finding = SingleFinding(Load("\"date\": \"2013-03-31\"", "\"date\": \"2013-03-32\""));
        Assert.Equal("mini.json:24:48 ($.periods.FY2012-end.date): error DS006: 'date' must be a date written yyyy-MM-dd. For example \"2013-09-30\".", finding);
    }

    [Fact]
    public void UndefinedConceptInATableSuggestsTheClosest()
    {
        var finding = SingleFinding(Load("{ \"concept\": \"TotalCost\",", "{ \"concept\": \"TotalCosts\","));
        Assert.Equal("mini.json:52:9 ($.tables.income.lines[4]): error DS007: Table 'income': undefined concept or measure 'TotalCosts'. Did you mean 'TotalCost'?", finding);
    }

    [Fact]
    public void UndefinedPeriod()
    {
        var finding = SingleFinding(Load("\"values\": { \"1H13\": 13522758 }", "\"values\": { \"1H14\": 13522758 }"));
        Assert.Equal("mini.json:33:104 ($.concepts.NetCashChange.values.1H14): error DS007: Undefined period '1H14'. Did you mean '1H12'?", finding);
    }

    [Fact]
    public void ARatioUnitsUndefinedPartIsNamed()
    {
        var finding = SingleFinding(Load("\"numerator\": \"JPY\"", "\"numerator\": \"JPX\""));
        Assert.Equal("mini.json:18:20 ($.units.JPYPerShare): error DS007: Undefined unit 'JPX'. Did you mean 'JPY'?", finding);
    }

    [Fact]
    public void ARatioUnitOfARatioUnitIsRefused()
    {
        var finding = SingleFinding(Load("\"denominator\": \"shares\"", "\"denominator\": \"JPYPerShare\""));
        Assert.Equal("mini.json:18:20 ($.units.JPYPerShare): error DS007: Unit 'JPYPerShare' divides by or into 'JPYPerShare', which is itself a ratio unit. Name plain units (a currency, shares) as a ratio unit's numerator and denominator.", finding);
    }

    [Fact]
    public void UnknownChoice()
    {
        var finding = SingleFinding(Load("\"display\": \"millions\"", "\"display\": \"billions\""));
        Assert.Equal("mini.json:58:18 ($.tables.summary.display): error DS006: 'display' is 'billions', which is not one of: units, thousands, millions. Did you mean 'millions'?", finding);
    }

    [Fact]
    public void ExpressionSyntaxErrorPointsAtTheColumn()
    {
        var finding = SingleFinding(Load("\"NetIncomeAttributable / WeightedShares\"", "\"NetIncomeAttributable / / WeightedShares\""));
        Assert.Equal("mini.json:39:118 ($.measures.BasicEps.expression): error DS010: In 'expression' \"NetIncomeAttributable / / WeightedShares\": Unexpected '/'. Write ids joined by + - * /, with parentheses; pin a period as Id@KEY, Id@start or Id@end.", finding);
    }

    [Fact]
    public void MeasureCycle()
    {
        var finding = SingleFinding(Load("\"OperatingIncome / TotalRevenues\"", "\"OperatingMargin / TotalRevenues\""));
        Assert.Equal("mini.json:40:24 ($.measures.OperatingMargin): error DS011: Measures depend on themselves: OperatingMargin → OperatingMargin. Rewrite one of these expressions in terms of concepts.", finding);
    }

    [Fact]
    public void CalculationParentCycle()
    {
        var finding = SingleFinding(Load("{ \"concept\": \"OperatingIncome\", \"total\": true }", "{ \"concept\": \"OperatingIncome\", \"total\": true, \"parent\": \"TotalRevenues\" }"));
        Assert.Equal("mini.json:51:9 ($.tables.income.lines[3]): error DS011: Table 'income': calculation parents form a cycle: TotalRevenues → OperatingIncome → TotalRevenues. A total cannot be its own descendant: fix the \"parent\" of one of these lines.", finding);
    }

    [Fact]
    public void NumberBeyondDecimalRange()
    {
        var finding = SingleFinding(Load("\"1H12\": 641780", "\"1H12\": 1e400"));
        Assert.Equal("mini.json:29:106 ($.concepts.EquipmentRevenue.values.1H12): error DS013: A number is out of range for a financial figure. Figures must be finite and below 7.9e28; check the value.", finding);
    }

    [Fact]
    public void MissingFile()
    {
        var result = DatasetLoader.Load("no/such/dataset.json");
        Assert.Equal("no/such/dataset.json: error DS001: Dataset file 'no/such/dataset.json' does not exist. Check the path, or run from the repository root where data/ is.",
            SingleFinding(result));
    }

    [Fact]
    public void TextReferenceToAnUndefinedConcept()
    {
        var finding = SingleFinding(Load("{EquipmentRevenue@1H13|millions}", "{EquipmentRevenues@1H13|millions}"));
        Assert.Equal("mini.json:84:25 ($.texts['reason.equipment']): error DS007: Undefined concept or measure 'EquipmentRevenues'. Did you mean 'EquipmentRevenue'?", finding);
    }

    [Theory]
    [InlineData("changeMillions")]
    [InlineData("usdUnits")]
    [InlineData("changeThousands")]
    public void TextReferenceMayNameEveryFormTheDocumentsShow(string form)
    {
        // The renderer writes every figure form; the loader used to reject all but six of them.
        var result = Load("{EquipmentRevenue@1H13|millions}", $"{{EquipmentRevenue@1H13|{form}}}");
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void TextReferenceToAFigureFormWithoutAFigure()
    {
        var finding = SingleFinding(Load("{EquipmentRevenue@1H13|millions}", "{@1H13|millions}"));
        Assert.Equal("mini.json:84:25 ($.texts['reason.equipment']): error DS007: Text 'reason.equipment': {@1H13|millions} asks for a figure in format 'millions' but names none. Write {Concept@1H13|millions}, or {@1H13|date} for the date.", finding);
    }

    [Fact]
    public void TextReferencesToAPeriodsShortNameFirstDayAndToAReportDateLoad() =>
        Assert.Empty(Load("{EquipmentRevenue@1H13|millions}", "{EquipmentRevenue@1H13|millions} for {@1H13|short} from {@1H13|start}, released {dates.release}").Diagnostics);

    [Fact]
    public void TextReferenceToAnUndefinedReportDate() =>
        Assert.Equal("mini.json:84:25 ($.texts['reason.equipment']): error DS007: Undefined report date in text 'reason.equipment', 'releas'. Did you mean 'release'?",
            SingleFinding(Load("{EquipmentRevenue@1H13|millions}", "{dates.releas}")));

    [Fact]
    public void TextReferenceToTheFirstDayOfAnInstant() =>
        Assert.Equal("mini.json:84:25 ($.texts['reason.equipment']): error DS007: Text 'reason.equipment': {@1H13-end|start} asks for the first day of '1H13-end', an instant. Write {@1H13-end|date} for its date, or name a duration.",
            SingleFinding(Load("{EquipmentRevenue@1H13|millions}", "{@1H13-end|start}")));

    [Fact]
    public void TextReferenceToAFigureInAPeriodsForm() =>
        Assert.Equal("mini.json:84:25 ($.texts['reason.equipment']): error DS007: Text 'reason.equipment': {EquipmentRevenue@1H13|short} names a figure but asks for the period's 'short'. Write {@1H13|short} for the period, or a figure form for EquipmentRevenue.",
            SingleFinding(Load("{EquipmentRevenue@1H13|millions}", "{EquipmentRevenue@1H13|short}")));

    [Fact]
    public void TextReferenceToAChangeOfAPeriodWithoutAComparative()
    {
        var finding = SingleFinding(Load("{EquipmentRevenue@1H13|millions}", "{EquipmentRevenue@1H12|yoyPercent}"));
        Assert.Equal("mini.json:84:25 ($.texts['reason.equipment']): error DS007: Text 'reason.equipment': {EquipmentRevenue@1H12|yoyPercent} shows a change, but period '1H12' has no comparative. Add \"comparative\" to period '1H12'.", finding);
    }

    [Fact]
    public void TdnetMetadataOfAFigureLoadsWithItsLocation()
    {
        var result = Load("\"label\": \"Network services\"", "\"label\": \"Network services\", \"tdnet\": { \"element\": \"NetSalesUS\", \"members\": [\"NonConsolidatedMember\"] }");
        Assert.Empty(result.Diagnostics);
        var mapping = result.Dataset!.Concepts["NetworkRevenue"].Tdnet!;
        Assert.Equal("NetSalesUS", mapping.Element);
        Assert.Equal(["NonConsolidatedMember"], mapping.Members);
        Assert.Equal("$.concepts.NetworkRevenue.tdnet", mapping.Location.Path);
    }

    [Fact]
    public void AReportFlagMustBeTrueOrFalse()
    {
        var finding = SingleFinding(Load("\"dates\": {", "\"flags\": { \"resultsBriefing\": \"yes\" }, \"dates\": {"));
        Assert.Contains("error DS006: Flag 'resultsBriefing' must be true or false. Write true or false, without quotes.", finding);
        Assert.Contains("($.report.flags.resultsBriefing)", finding);
    }

    [Fact]
    public void ATdnetMappingNeedsItsElement()
    {
        var finding = SingleFinding(Load("\"label\": \"Network services\"", "\"label\": \"Network services\", \"tdnet\": { \"members\": [] }"));
        Assert.Contains("($.concepts.NetworkRevenue.tdnet): error DS004: Required property 'element' is missing.", finding);
    }
}
