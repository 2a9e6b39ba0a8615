using System.Xml.Linq;
using IIJReportGen.Xbrl;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Templating.Tests;

/// <summary>The TSE-format summary reproduces the seed's summary, and its figures are Inline XBRL facts that resolve in its header.</summary>
public sealed class TseSummaryTests
{
    private static readonly XNamespace Ix = XhtmlNamespaces.InlineXbrl;
    private static readonly XNamespace Xbrli = XbrlNamespaces.Xbrli;

    private static string SeedSummary
    {
        get
        {
            var seed = File.ReadAllText(RepositoryPaths.Seed);
            return seed[seed.IndexOf("Consolidated Financial Results for the First Six Months", StringComparison.Ordinal)..];
        }
    }

    /// <summary>A seed line with its tabs and double spaces made single spaces, and "( 7.8 )" style spacing removed.</summary>
    private static string Normal(string line) =>
        string.Join(" ", line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).Replace("( ", "(").Replace(" )", ")").Replace("JPY ", "JPY").Replace("1: ", "1:");

    [Theory]
    [InlineData("Six Months Ended September 30, 2013")]
    [InlineData("Six Months Ended September 30, 2012")]
    [InlineData("As of September 30, 2013")]
    [InlineData("As of March 31, 2013")]
    [InlineData("Fiscal Year Ended March 31, 2013")]
    public void Each_table_row_matches_the_published_summary(string rowHeading)
    {
        var seedRows = SeedSummary.Split('\n').Select(Normal).Where(l => l.StartsWith(rowHeading + " ", StringComparison.Ordinal) && char.IsDigit(l[rowHeading.Length + 1]) || l.StartsWith(rowHeading + " -", StringComparison.Ordinal)).ToList();
        var rendered = Documents.Lines(Documents.TseSummary).Select(Normal).ToList();
        Assert.NotEmpty(seedRows);
        Assert.All(seedRows, row => Assert.Contains(row, rendered));
    }

    [Theory]
    [InlineData("Six Months Ended September 30, 2013: JPY2,656 million (up 33.0% YoY)")]
    [InlineData("As of September 30, 2013: 46,697,800 shares As of March 31, 2013: 41,295,600 shares")]
    [InlineData("Stock code number: 3774")]
    public void Notes_and_filing_information_read_as_published(string line)
    {
        Assert.Contains(Normal(line), Normal(SeedSummary.Replace("\n", " ")));
        Assert.Contains(Documents.Lines(Documents.TseSummary).Select(Normal), l => l.Contains(line, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_fact_resolves_to_a_context_and_unit_of_the_header()
    {
        var root = XDocument.Parse(Documents.TseSummary.Xhtml).Root!;
        var contexts = root.Descendants(Xbrli + "context").Select(c => (string)c.Attribute("id")!).ToHashSet();
        var units = root.Descendants(Xbrli + "unit").Select(u => (string)u.Attribute("id")!).ToHashSet();
        var facts = root.Descendants(Ix + "nonFraction").ToList();
        Assert.True(facts.Count > 40, $"only {facts.Count} facts are tagged");
        Assert.All(facts, f => Assert.Contains((string)f.Attribute("contextRef")!, contexts));
        Assert.All(facts, f => Assert.Contains((string)f.Attribute("unitRef")!, units));
        Assert.Equal(contexts.Order(), facts.Select(f => (string)f.Attribute("contextRef")!).Distinct().Order());
        Assert.Equal(units.Order(), facts.Select(f => (string)f.Attribute("unitRef")!).Distinct().Order());
    }

    [Fact]
    public void A_negative_keeps_its_parentheses_outside_the_tag()
    {
        var vocabulary = new XbrlVocabulary(Datasets.Bundled);
        var operatingChange = XDocument.Parse(Documents.TseSummary.Xhtml).Root!.Descendants(Ix + "nonFraction")
            .First(f => (string)f.Attribute("name")! == "iij:" + vocabulary.ChangeElementName("OperatingIncome") && (string)f.Attribute("contextRef")! == vocabulary.ContextId("1H13"));
        Assert.Equal("-", (string?)operatingChange.Attribute("sign"));
        Assert.Equal(("(", ")"), (((XText)operatingChange.PreviousNode!).Value[^1..], ((XText)operatingChange.NextNode!).Value[..1]));
        Assert.DoesNotContain("(", operatingChange.Value);
    }

    [Fact]
    public void A_dash_is_a_nil_fact()
    {
        var nil = XDocument.Parse(Documents.TseSummary.Xhtml).Root!.Descendants(Ix + "nonFraction")
            .Where(f => (string?)f.Attribute(XName.Get("nil", XbrlNamespaces.Xsi)) == "true").ToList();
        Assert.NotEmpty(nil);
        Assert.All(nil, f => Assert.True(f.IsEmpty && f.Attribute("decimals") is null && f.Attribute("format") is null));
    }

    [Fact]
    public void The_xbrl_self_check_finds_nothing() =>
        Assert.Empty(InlineXbrlCheck.Check(Documents.TseSummary.Xhtml, new XbrlVocabulary(Datasets.Bundled)));
}
