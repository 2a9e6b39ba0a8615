using System.Text.Json.Nodes;
using System.Xml.Linq;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Xbrl;
using IIJReportGen.Xbrl.Tdnet;
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

    private static XElement Root => XDocument.Parse(Documents.TseSummary.Xhtml).Root!;

    private static TdnetSummary Summary => Documents.Summary;

    private static IEnumerable<XElement> Facts(XElement root) =>
        root.Descendants().Where(e => e.Name == Ix + "nonFraction" || e.Name == Ix + "nonNumeric");

    [Fact]
    public void Every_fact_resolves_to_a_context_and_unit_of_the_header()
    {
        var root = Root;
        var contexts = root.Descendants(Xbrli + "context").Select(c => (string)c.Attribute("id")!).ToHashSet();
        var units = root.Descendants(Xbrli + "unit").Select(u => (string)u.Attribute("id")!).ToHashSet();
        var numbers = root.Descendants(Ix + "nonFraction").ToList();
        Assert.True(numbers.Count > 40, $"only {numbers.Count} figures are tagged");
        Assert.All(Facts(root), f => Assert.Contains((string)f.Attribute("contextRef")!, contexts));
        Assert.All(numbers, f => Assert.Contains((string)f.Attribute("unitRef")!, units));
        Assert.Equal(contexts.Order(), Facts(root).Select(f => (string)f.Attribute("contextRef")!).Distinct().Order());
        Assert.Equal(units.Order(), numbers.Select(f => (string)f.Attribute("unitRef")!).Distinct().Order());
    }

    [Fact]
    public void Every_fact_is_a_tse_ed_t_element_of_the_names_file_in_our_namespace()
    {
        // The names file is the product's list of the tse-ed-t names it uses, copied with TSE's labels (its source is named in it).
        var names = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Templates, "tdnet", "tse-ed-t.json")))!["items"]!.AsArray()
            .Select(i => (string)i![0]!).ToHashSet();
        var root = Root;
        var facts = Facts(root).ToList();
        Assert.True(facts.Count > 100, $"{facts.Count} facts");
        foreach (var fact in facts)
        {
            var qname = ((string)fact.Attribute("name")!).Split(':');
            Assert.Equal(Summary.Vocabulary.Namespace, fact.GetNamespaceOfPrefix(qname[0])!.NamespaceName);
            Assert.Contains(qname[1], names);
        }
        Assert.Contains(facts, f => (string)f.Attribute("name")! == "iij:NetSalesUS");
        Assert.DoesNotContain(facts, f => ((string)f.Attribute("name")!).Contains("StockSplitRatio", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_uses_only_the_XHTML_1_1_elements_the_Inline_XBRL_schema_allows()
    {
        var elements = Root.DescendantsAndSelf().Where(e => e.Name.Namespace == XhtmlNamespaces.Xhtml).Select(e => e.Name.LocalName).Distinct().ToList();
        Assert.Contains("div", elements);
        Assert.All(elements, e => Assert.True(XhtmlVocabulary.AllowedInInlineXbrl(e), $"<{e}> is not XHTML 1.1"));
    }

    [Fact]
    public void Company_information_and_flags_are_nonNumeric_facts_with_the_datasets_values()
    {
        var dataset = Datasets.Bundled.Dataset;
        var root = Root;
        string Value(string element) => root.Descendants(Ix + "nonNumeric").Single(f => (string)f.Attribute("name")! == "iij:" + element).Value;
        string? Format(string element) => (string?)root.Descendants(Ix + "nonNumeric").Single(f => (string)f.Attribute("name")! == "iij:" + element).Attribute("format");
        Assert.Equal(dataset.Company.Name, Value("CompanyName"));
        Assert.Equal(dataset.Company.Url, Value("URL"));
        Assert.Equal(dataset.Company.People["representative"].Name, Value("NameRepresentative"));
        Assert.Equal(dataset.Company.People["contact"].Title, Value("TitleInquiries"));
        Assert.Equal(dataset.Company.PhoneDomestic, Value("Tel"));
        Assert.Equal(dataset.Report.Labels["tseTitle"], Value("DocumentName"));
        Assert.Equal(("ixt:date-monthname-day-year-en", NumberText.Date(dataset.Report.Dates["quarterlyReportFiling"])),
            (Format("QuarterlyStatementFilingDateAsPlanned"), Value("QuarterlyStatementFilingDateAsPlanned")));
        Assert.Equal(dataset.Report.Flags["supplementalMaterial"] ? "ixt:fixed-true" : "ixt:fixed-false", Format("SupplementalMaterialOfQuarterlyResults"));
        Assert.Equal(dataset.Report.Flags["dividendForecastRevised"] ? "ixt:fixed-true" : "ixt:fixed-false", Format("CorrectionOfDividendForecastInThisQuarter"));
        // The code as listed, shown; what TDnet keeps out of sight: the fiscal year end, the quarter and the market sections.
        var hidden = root.Descendants(Ix + "hidden").Single();
        var tse = dataset.Company.Listings.Single(l => l.Exchange == "TSE");
        string Hidden(string element) => hidden.Elements().Single(f => (string)f.Attribute("name")! == "iij:" + element).Value;
        Assert.Equal(tse.Code, Value("SecuritiesCode"));
        Assert.Equal(["FiscalYearEnd", "QuarterlyPeriod"], hidden.Elements().Select(f => ((string)f.Attribute("name")!)[4..]).Where(n => !n.Contains("Exchange") && !n.Contains("Association")));
        Assert.All(["TokyoStockExchange", "NagoyaStockExchange", "SapporoStockExchange", "FukuokaStockExchange", "JapanSecuritiesDealersAssociation"],
            e => Assert.DoesNotContain(hidden.Elements(), f => (string)f.Attribute("name")! == "iij:" + e));
        Assert.Equal(dataset.Periods[dataset.Report.FiscalYear!].End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Hidden("FiscalYearEnd"));
        Assert.Equal("2", Hidden("QuarterlyPeriod"));
        Assert.All(tse.Tdnet.Where(e => e != "TokyoStockExchange"), e => Assert.Equal("true", Hidden(e)));
        Assert.Equal("false", Hidden("TokyoStockExchangeMothers"));
    }

    [Fact]
    public void A_note_shown_in_two_places_is_one_fact_continued()
    {
        var root = Root;
        var note = root.Descendants(Ix + "nonNumeric").Single(f => (string)f.Attribute("name")! == "iij:NoteToOperatingResults");
        var continuation = root.Descendants(Ix + "continuation").Single(c => (string)c.Attribute("id")! == (string)note.Attribute("continuedAt")!);
        Assert.Equal(Documents.Text(Datasets.Bundled, "tse.note.income-before-income-tax"), note.Value);
        Assert.StartsWith("IIJ conducted a 1:", continuation.Value);
        Assert.Null(continuation.Attribute("continuedAt"));
    }

    [Fact]
    public void A_negative_keeps_its_parentheses_outside_the_tag()
    {
        var place = Summary.Figure("OperatingIncome", Datasets.Bundled.Dataset.Report.Current, change: true)!;
        var operatingChange = Root.Descendants(Ix + "nonFraction")
            .First(f => (string)f.Attribute("name")! == "iij:" + place.Element && (string)f.Attribute("contextRef")! == place.Context.Id);
        Assert.Equal("-", (string?)operatingChange.Attribute("sign"));
        Assert.Equal(("(", ")"), (((XText)operatingChange.PreviousNode!).Value[^1..], ((XText)operatingChange.NextNode!).Value[..1]));
        Assert.DoesNotContain("(", operatingChange.Value);
    }

    [Fact]
    public void A_dash_is_a_nil_fact()
    {
        var nil = Root.Descendants(Ix + "nonFraction")
            .Where(f => (string?)f.Attribute(XName.Get("nil", XbrlNamespaces.Xsi)) == "true").ToList();
        Assert.NotEmpty(nil);
        Assert.All(nil, f => Assert.True(f.IsEmpty && f.Attribute("decimals") is null && f.Attribute("format") is null));
    }

    [Fact]
    public void A_template_that_leaves_out_a_form_fact_is_an_error()
    {
        using var templates = new ScratchTemplates("");
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Templates, "tdnet")))
            templates.Write("tdnet/" + Path.GetFileName(file), File.ReadAllText(file));
        templates.Write("tse-summary/tse-summary.sbnhtml", "<html {{ namespaces }}><body>{{ ix_header }}<p>{{ tdnet \"CompanyName\" }}</p></body></html>");
        var result = DocumentRenderer.Render(Datasets.Bundled, templates.Root, "tse-summary");
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).ToList();
        Assert.Contains(errors, e => e.Message == $"The document does not show FilingDate, a fact of {templates.DisplayPath("tdnet/quarterly-summary.json")}."
            && e.Location!.File == templates.DisplayPath("tse-summary/tse-summary.sbnhtml"));
        Assert.Contains(errors, e => e.Message.StartsWith("The document does not show NoteToOperatingResults part 2,", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Message.Contains("CompanyName", StringComparison.Ordinal));
    }

    [Fact]
    public void The_package_copy_links_the_taxonomy_and_the_stylesheet_beside_it()
    {
        var package = DocumentRenderer.Render(Datasets.Bundled, new TemplateFiles(RepositoryPaths.Templates), RenderOptions.PackageDocument, new RenderOptions(Folder: TdnetPackage.Folder), Summary);
        Assert.True(package.Succeeded, string.Join("\n", package.Diagnostics));
        var root = XDocument.Parse(package.Xhtml).Root!;
        Assert.Equal(Summary.Package.Stem + ".xsd", (string?)root.Descendants(XName.Get("schemaRef", XbrlNamespaces.Link)).Single().Attribute(XName.Get("href", XbrlNamespaces.XLink)));
        Assert.Equal($"{RenderOptions.PackageDocument}.css", (string?)root.Descendants(XName.Get("link", XhtmlNamespaces.Xhtml)).Single().Attribute("href"));
        Assert.Empty(InlineXbrlCheck.Inspect(package.Xhtml, Summary.Expectations(TdnetPackage.Folder, RoundingMode.HalfUp)).Findings);
    }

    [Fact]
    public void The_xbrl_self_check_finds_nothing() =>
        Assert.Empty(InlineXbrlCheck.Inspect(Documents.TseSummary.Xhtml, Summary.Expectations("", RoundingMode.HalfUp)).Findings);
}
