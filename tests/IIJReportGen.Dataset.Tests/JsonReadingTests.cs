using System.Globalization;
using System.Numerics;
using System.Text;
using IIJReportGen.Dataset.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static IIJReportGen.Dataset.Tests.MutatedDataset;

namespace IIJReportGen.Dataset.Tests;

/// <summary>How the dataset's JSON is read, pinned before the reader was replaced: every finding's words, line, column
/// (UTF-16 units, after a BOM) and JSON path, for line breaks, escapes, odd keys, numbers and nesting.</summary>
public class JsonReadingTests
{
    private const string Label = "\"label\": \"Network services\"";
    private const string Value = "\"1H12\": 641780";
    private const string Paragraph = "\"First paragraph.\"";
    private const string Invisible = " Delete it: it usually comes from copying text out of another program.";
    private const string Known = " Known properties here: balance, changeOf, decimals, kind, label, labelBySign, labelJa, scale, tdnet, unit, values, xbrl.";
    private const string OutOfRange = "error DS013: A number is out of range for a financial figure. Figures must be finite and below 7.9e28; check the value.";
    private const string NotANumber = "Type a plain number without quotes, or null for a dash.";

    [Theory]
    [InlineData(Label, Label + ", \"we ird\": 1", "mini.json:28:54 ($.concepts.NetworkRevenue['we ird']): error DS003: Unknown property 'we ird'." + Known)]
    [InlineData(Label, Label + ", \"it's\\tx\\u0085\\\\y\": 1",
        "mini.json:28:54 ($.concepts.NetworkRevenue['it\\'s\\tx\\u0085\\\\y']): error DS006: The text holds the invisible character U+0085 at position 7, which no document can show." + Invisible)]
    [InlineData(Label, Label + ", \"\": 1", "mini.json:28:54 ($.concepts.NetworkRevenue.): error DS003: Unknown property ''." + Known)]
    [InlineData(Label, Label + ", \"labelJa\": \"売上高😀\", \"bogus\": 1", "mini.json:28:74 ($.concepts.NetworkRevenue.bogus): error DS003: Unknown property 'bogus'." + Known)]
    [InlineData(Label, Label + ", \"a\\u0001\": 1", "mini.json:28:54 ($.concepts.NetworkRevenue.a\u0001): error DS006: The text holds the invisible character U+0001 at position 2, which no document can show." + Invisible)]
    [InlineData(Paragraph, "\"First\\u0007 paragraph.\"", "mini.json:85:69 ($.texts['quote.ceo'].text[0]): error DS006: The text holds the invisible character U+0007 at position 6, which no document can show." + Invisible)]
    [InlineData(Paragraph, "\"First\u007f paragraph.\"", "mini.json:85:69 ($.texts['quote.ceo'].text[0]): error DS006: The text holds the invisible character U+007F at position 6, which no document can show." + Invisible)]
    [InlineData("\"quote.ceo\": {", "\"reason.equipment\": \"x\", \"quote.ceo\": {", "mini.json:85:23 ($.texts['reason.equipment']): error DS008: Duplicate key 'equipment' in the same object. Each key may appear once: remove or rename one of them.")]
    [InlineData("{ \"concept\": \"TotalCost\",", "{ \"concept\": \"TotalCost\", \"concept\": \"TotalCost\",", "mini.json:52:44 ($.tables.income.lines[4].concept): error DS008: Duplicate key 'concept' in the same object. Each key may appear once: remove or rename one of them.")]
    [InlineData(Value + ",", Value + ", \"1H12\": 1e400,", "mini.json:29:116 ($.concepts.EquipmentRevenue.values.1H12): error DS008: Duplicate key '1H12' in the same object. Each key may appear once: remove or rename one of them.")]
    [InlineData(Value + ",", Value + ", \"1H12\"\n  : 641781,", "mini.json:30:3 ($.concepts.EquipmentRevenue.values.1H12): error DS008: Duplicate key '1H12' in the same object. Each key may appear once: remove or rename one of them.")]
    [InlineData("\"listings\": [ { \"exchange\": \"TSE\", \"code\": \"9999\" } ]", "\"listings\": [ 1, 2e99 ]", "mini.json:6:25 ($.company.listings[1]): " + OutOfRange)]
    [InlineData(Value, "\"1H12\": 79228162514264337593543950336", "mini.json:29:102 ($.concepts.EquipmentRevenue.values.1H12): " + OutOfRange)]
    [InlineData(Value, "\"1H12\": 79228162514264337593543950336, \"1H11\": -79228162514264337593543950336",
        "mini.json:29:102 ($.concepts.EquipmentRevenue.values.1H12): " + OutOfRange + "\nmini.json:29:141 ($.concepts.EquipmentRevenue.values.1H11): " + OutOfRange)]
    [InlineData(Value, "\"1H12\": \"6\\\"41\\\\\"", "mini.json:29:102 ($.concepts.EquipmentRevenue.values.1H12): error DS005: The value for period '1H12' must be a number, not the string \"6\"41\\\". " + NotANumber)]
    [InlineData(Value, "\"1H12\": true", "mini.json:29:102 ($.concepts.EquipmentRevenue.values.1H12): error DS005: The value for period '1H12' must be a number, not true/false. " + NotANumber)]
    [InlineData(Value, "\"1H12\": {\n }", "mini.json:29:102 ($.concepts.EquipmentRevenue.values.1H12): error DS005: The value for period '1H12' must be a number, not an object. " + NotANumber)]
    [InlineData("\"scale\": 3, \"values\": { \"1H12\": 641780", "\"scale\": 3.5, \"values\": { \"1H12\": 641780",
        "mini.json:29:79 ($.concepts.EquipmentRevenue.scale): error DS006: 'scale' must be a whole number from -6 to 12. See data/README.md for what it means and the usual values.")]
    [InlineData("\"scale\": 3, \"values\": { \"1H12\": 641780", "\"scale\": 3.0, \"values\": { \"1H12\": 641780", "")]
    public void FindingsAreWordedAndLocatedAsPinned(string find, string replace, string expected) =>
        Assert.Equal(expected, string.Join("\n", Load(find, replace).Diagnostics.Select(d => d.ToString())));

    [Fact]
    public void BadCharactersAreReportedBeforeNumbersBeyondRange()
    {
        var text = Original.Replace(Value, "\"1H12\": 79228162514264337593543950336", StringComparison.Ordinal).Replace(Paragraph, "\"First\\u0007 paragraph.\"", StringComparison.Ordinal);
        Assert.Equal(["DS006", "DS013"], LoadText(text).Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void AnIntegerOfMoreThan380DigitsIsMalformed()
    {
        var finding = SingleFinding(Load(Value, "\"1H12\": " + new string('9', 400)));
        Assert.Equal($"mini.json:29:501 ($.concepts.EquipmentRevenue.values.1H12): error DS002: Malformed JSON: JSON integer {new string('9', 400)} is too large to parse. Fix the JSON syntax at this position.", finding);
    }

    [Theory]
    [InlineData(60, "")]
    [InlineData(61, "mini.json:29:162: error DS002: Malformed JSON: The maximum configured depth of 64 has been exceeded. Cannot read next JSON array. Fix the JSON syntax at this position.")]
    public void NestingDeeperThan64IsMalformed(int lists, string expected)
    {
        var result = Load(Value, "\"1H12\": " + new string('[', lists) + new string(']', lists));
        Assert.Equal(expected, string.Join("\n", result.Diagnostics.Where(d => d.Code == "DS002").Select(d => d.ToString())));
    }

    /// <summary>A syntax error's column counts characters (UTF-16 units), not the UTF-8 bytes of the Japanese before it, and
    /// its line counts a lone \r as a line end, as every other finding's does.</summary>
    [Theory]
    [InlineData("\n", "mini.json:28:73: error DS002: Malformed JSON:")]
    [InlineData("\r", "mini.json:28:73: error DS002: Malformed JSON:")]
    public void ASyntaxErrorIsLocatedInCharactersAndLines(string lineBreak, string expected)
    {
        var text = Original.Replace(Label, Label + ", \"labelJa\": \"売上高😀\" \"x\": 1", StringComparison.Ordinal).Replace("\n", lineBreak, StringComparison.Ordinal);
        Assert.StartsWith(expected, SingleFinding(LoadText(text)));
    }

    /// <summary>A lone \r ends a line too (the old reader's columns then came from another line, or none was given).</summary>
    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void LinesEndingInCarriageReturnsAreCountedAsLines(string lineBreak)
    {
        var text = Original.Replace("\n", lineBreak, StringComparison.Ordinal).Replace("\"unit\": \"shares\",", "", StringComparison.Ordinal);
        Assert.Equal("mini.json:36:23 ($.concepts.WeightedShares): error DS004: Required property 'unit' is missing. Add \"unit\" to this object.", SingleFinding(LoadText(text)));
    }

    [Fact]
    public void ColumnsOnTheFirstLineDoNotCountTheByteOrderMark()
    {
        var text = Original.Replace("{\n  \"$schema\"", "{ \"bogus\": 1,\n  \"$schema\"", StringComparison.Ordinal);
        var finding = SingleFinding(LoadBytes(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray()));
        Assert.StartsWith("mini.json:1:3 ($.bogus): error DS003: Unknown property 'bogus'.", finding);
    }

    [Fact]
    public void AnEscapedLoneSurrogateBecomesTheReplacementCharacter()
    {
        var result = Load(Paragraph, "\"First\\ud800 paragraph.\\udc00\"");
        Assert.Empty(result.Diagnostics);
        Assert.Equal("First\uFFFD paragraph.\uFFFD", result.Dataset!.Texts["quote.ceo"].Paragraphs[0]);
    }

    /// <summary>Every number reads to the very decimal (digits, scale and sign, zeros included) Newtonsoft.Json read with
    /// FloatParseHandling.Decimal, the dataset's reader before: short and long, with exponents, beyond 64 bits and 29 digits.</summary>
    [Fact]
    public void NumbersReadAsTheyAlwaysWere()
    {
        var random = new Random(16);
        var numbers = new List<string> { "0", "-0", "0.0", "-0.0", "-0.00", "1.50", "0.05", "100", "-1", "9223372036854775807", "-9223372036854775808",
            "9223372036854775808", "79228162514264337593543950335", "-79228162514264337593543950335", "0.1234567890123456789012345678901",
            "1234567890123456789.5", "1e3", "1.0e1", "1.00E-2", "-2.5e+3", "1e28", "1e-28", "1e-29", "123456789012345678901234567.89",
            "9999999999999999999", "999999999999999999", "0.9999999999999999999", "12345678901234567890.1" };
        for (var i = 0; i < 4000; i++)
        {
            var digits = string.Concat(Enumerable.Range(0, random.Next(1, 32)).Select(_ => (char)('0' + random.Next(10)))).TrimStart('0');
            digits = digits.Length == 0 ? "0" : digits;
            var point = random.Next(3) == 0 ? "" : "." + string.Concat(Enumerable.Range(0, random.Next(1, 24)).Select(_ => (char)('0' + random.Next(10))));
            var exponent = random.Next(5) == 0 ? "e" + random.Next(-30, 30).ToString(CultureInfo.InvariantCulture) : "";
            numbers.Add((random.Next(2) == 0 ? "-" : "") + digits + point + exponent);
        }
        foreach (var number in numbers)
            AssertReadAsBefore(number);
    }

    private static void AssertReadAsBefore(string number)
    {
        var bytes = Encoding.UTF8.GetBytes("[" + number + "]");
        var tree = JsonTree.Read("n.json", bytes);
        object? value;
        try
        {
            using var reader = new JsonTextReader(new StringReader("[" + number + "]")) { FloatParseHandling = FloatParseHandling.Decimal };
            value = ((JValue)((JArray)JToken.Load(reader))[0]).Value;
        }
        catch (Exception e) when (e is JsonReaderException or OverflowException)
        {
            Assert.True(tree.Fault?.Code == "DS013", $"{number}: {e.Message}, read with {tree.Fault}");
            return;
        }
        Assert.Null(tree.Fault);
        if (value is BigInteger big && BigInteger.Abs(big) > new BigInteger(decimal.MaxValue))
        {
            Assert.Equal("$[0]", Assert.Single(tree.BeyondDecimal).Location?.Path);
            return;
        }
        var expected = decimal.GetBits(value is BigInteger whole ? (decimal)whole : Convert.ToDecimal(value, CultureInfo.InvariantCulture));
        var read = decimal.GetBits(tree.Root!.Items[0].Number);
        Assert.True(expected.SequenceEqual(read), $"{number}: {string.Join(",", expected)} read as {string.Join(",", read)}");
    }
}
