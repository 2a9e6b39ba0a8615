using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using IIJReportGen.Xbrl;
using IIJReportGen.Xbrl.Tdnet;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Templating.Tests;

/// <summary>The Japanese Tanshin summary is the TDnet summary in Japanese: the same facts in the same contexts as the English
/// one (one form), Japanese words where the form gives them, dates in the Japanese era with TR4's transformation.</summary>
public sealed class TanshinInlineXbrlTests
{
    private static readonly XNamespace Ix = XhtmlNamespaces.InlineXbrl;
    private static readonly XNamespace Xbrli = XbrlNamespaces.Xbrli;

    private static XElement Japanese => XDocument.Parse(Documents.Tanshin.Xhtml).Root!;

    private static XElement English => XDocument.Parse(Documents.TseSummary.Xhtml).Root!;

    private static TdnetSummary Summary => Documents.Summary;

    private static IEnumerable<XElement> Facts(XElement root) =>
        root.Descendants().Where(e => e.Name == Ix + "nonFraction" || e.Name == Ix + "nonNumeric");

    private static string Attribute(XElement fact, string name) => (string?)fact.Attribute(name) ?? "";

    private static XElement Fact(XElement root, string element) =>
        root.Descendants(Ix + "nonNumeric").Single(f => Attribute(f, "name") == "iij:" + element);

    [Fact]
    public void The_Japanese_summary_is_Inline_XBRL_in_Japanese_referring_to_the_packages_entry_point()
    {
        var root = Japanese;
        Assert.Equal("ja", (string?)root.Attribute(XNamespace.Xml + "lang"));
        Assert.Single(root.Descendants(Ix + "header"));
        Assert.Equal(Summary.SchemaHref(""), (string?)root.Descendants(XName.Get("schemaRef", XbrlNamespaces.Link)).Single().Attribute(XName.Get("href", XbrlNamespaces.XLink)));
        Assert.Equal(XbrlNamespaces.Ixt, root.GetNamespaceOfPrefix("ixt")?.NamespaceName);
    }

    [Fact]
    public void It_uses_only_the_XHTML_1_1_elements_the_Inline_XBRL_schema_allows()
    {
        var elements = Japanese.DescendantsAndSelf().Where(e => e.Name.Namespace == XhtmlNamespaces.Xhtml).Select(e => e.Name.LocalName).Distinct().ToList();
        Assert.Contains("table", elements);
        Assert.All(elements, e => Assert.True(XhtmlVocabulary.AllowedInInlineXbrl(e), $"<{e}> is not XHTML 1.1"));
    }

    [Fact]
    public void Its_contexts_and_units_are_the_English_summarys()
    {
        static IEnumerable<string> Ids(XElement root, XName name) => root.Descendants(name).Select(c => c.ToString(SaveOptions.DisableFormatting)).Order(StringComparer.Ordinal);
        Assert.Equal(Ids(English, Xbrli + "context"), Ids(Japanese, Xbrli + "context"));
        Assert.Equal(Ids(English, Xbrli + "unit"), Ids(Japanese, Xbrli + "unit"));
        Assert.Contains(Japanese.Descendants(Xbrli + "context"), c => Attribute(c, "id") == "CurrentAccumulatedQ2Duration_ConsolidatedMember_ResultMember");
    }

    [Fact]
    public void Every_figure_flag_and_hidden_fact_is_the_English_summarys_and_every_text_fact_is_there_too()
    {
        // A figure: its element, context, unit, scale, decimals, sign and digits (both write num-dot-decimal), or nil.
        static IEnumerable<string> Figures(XElement root) => root.Descendants(Ix + "nonFraction")
            .Select(f => string.Join('|', Attribute(f, "name"), Attribute(f, "contextRef"), Attribute(f, "unitRef"), Attribute(f, "scale"),
                Attribute(f, "decimals"), Attribute(f, "sign"), Attribute(f, "format"), f.Value, f.Attribute(XName.Get("nil", XbrlNamespaces.Xsi))?.Value))
            .Order(StringComparer.Ordinal);
        // A yes/no fact is fixed by its format; a hidden fact is its XBRL value; a text or date fact is there, in the document's words.
        static IEnumerable<string> Others(XElement root) => root.Descendants(Ix + "nonNumeric")
            .Select(f => string.Join('|', Attribute(f, "name"), Attribute(f, "contextRef"),
                Attribute(f, "format").StartsWith("ixt:fixed-", StringComparison.Ordinal) ? Attribute(f, "format") : "",
                f.Parent!.Name == Ix + "hidden" ? f.Value : ""))
            .Order(StringComparer.Ordinal);
        var figures = Figures(Japanese).ToList();
        Assert.True(figures.Count > 40, $"only {figures.Count} figures are tagged");
        Assert.Equal(Figures(English), figures);
        Assert.Equal(Others(English), Others(Japanese));
        Assert.Equal(English.Descendants(Ix + "continuation").Count(), Japanese.Descendants(Ix + "continuation").Count());
    }

    [Fact]
    public void Dates_are_written_in_the_Japanese_era_and_read_back_by_TR4s_date_jpn_era_year_month_day()
    {
        var dataset = Datasets.Bundled.Dataset;
        var expected = new Dictionary<string, DateOnly>
        {
            ["FilingDate"] = dataset.Report.Dates["release"],
            ["QuarterlyStatementFilingDateAsPlanned"] = dataset.Report.Dates["quarterlyReportFiling"],
            ["DividendPayableDateAsPlanned"] = dataset.Report.Dates["dividendPayment"],
        };
        foreach (var (element, date) in expected)
        {
            var fact = Fact(Japanese, element);
            Assert.Equal("ixt:date-jpn-era-year-month-day", Attribute(fact, "format"));
            Assert.Equal(date, EraDate(fact.Value));
            // The English summary's same fact reads back to the same date.
            Assert.Equal(date, DateOnly.ParseExact(Fact(English, element).Value, "MMMM d, yyyy", CultureInfo.InvariantCulture));
        }
        Assert.StartsWith("平成", Fact(Japanese, "FilingDate").Value);
    }

    /// <summary>The test's own reading of an era date, as TR4's date-jpn-era-year-month-day does (元年 is year 1).</summary>
    private static DateOnly EraDate(string text)
    {
        var match = Regex.Match(text, "^(明治|大正|昭和|平成|令和)(元|[0-9]{1,2})年([0-9]{1,2})月([0-9]{1,2})日$");
        Assert.True(match.Success, $"'{text}' is not an era date");
        var first = match.Groups[1].Value switch { "明治" => 1868, "大正" => 1912, "昭和" => 1926, "平成" => 1989, _ => 2019 };
        var year = match.Groups[2].Value == "元" ? 1 : int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return new DateOnly(first + year - 1, int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Company_information_and_notes_are_the_forms_Japanese_words()
    {
        var dataset = Datasets.Bundled.Dataset;
        var root = Japanese;
        Assert.Equal(dataset.Report.Labels["tanshinTitle"], Fact(root, "DocumentName").Value);
        Assert.Equal(Documents.Text(Datasets.Bundled, "tanshin.company-name"), Fact(root, "CompanyName").Value);
        Assert.Equal(Documents.Text(Datasets.Bundled, "tanshin.representative.name"), Fact(root, "NameRepresentative").Value);
        Assert.Equal(Documents.Text(Datasets.Bundled, "tanshin.rounding"), Fact(root, "NoteToFractionProcessingMethod").Value);
        Assert.Equal(dataset.Company.Listings.Single(l => l.Exchange == "TSE").Code, Fact(root, "SecuritiesCode").Value);
        Assert.Equal(dataset.Company.PhoneDomestic, Fact(root, "Tel").Value);
        var note = Fact(root, "NoteToOperatingResults");
        var continuation = root.Descendants(Ix + "continuation").Single(c => Attribute(c, "id") == Attribute(note, "continuedAt"));
        Assert.Equal(Documents.Text(Datasets.Bundled, "tanshin.note.income-before-income-tax"), note.Value);
        // Its references are written as the Japanese document writes them (平成 dates), not as the English one does.
        var cited = dataset.Texts["tanshin.note.stock-split.per-share"].Paragraphs[0];
        Assert.StartsWith(cited[..cited.IndexOf('{', StringComparison.Ordinal)], continuation.Value);
        Assert.Contains("平成", continuation.Value);
        Assert.DoesNotContain("March", continuation.Value);
        Assert.Equal(("有", "ixt:fixed-true"), (Fact(root, "SupplementalMaterialOfQuarterlyResults").Value, Attribute(Fact(root, "SupplementalMaterialOfQuarterlyResults"), "format")));
    }

    [Fact]
    public void A_negative_keeps_its_triangle_outside_the_tag()
    {
        var place = Summary.Figure("OperatingIncome", Datasets.Bundled.Dataset.Report.Current, change: true)!;
        var change = Japanese.Descendants(Ix + "nonFraction")
            .First(f => Attribute(f, "name") == "iij:" + place.Element && Attribute(f, "contextRef") == place.Context.Id);
        Assert.Equal("-", Attribute(change, "sign"));
        Assert.EndsWith("△", ((XText)change.PreviousNode!).Value);
        Assert.DoesNotContain("△", change.Value);
    }

    [Fact]
    public void The_xbrl_self_check_finds_nothing() =>
        Assert.Empty(InlineXbrlCheck.Inspect(Documents.Tanshin.Xhtml, Summary.Expectations("", Datasets.Bundled.Dataset.Policies.For("tanshin").Rounding)).Findings);
}
