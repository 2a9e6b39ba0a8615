using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
using IIJReportGen.Xbrl.Tdnet;
using static IIJReportGen.Xbrl.Tests.RenderedFiling;

namespace IIJReportGen.Xbrl.Tests;

/// <summary>The TDnet summary of the bundled dataset: tse-ed-t names only, TDnet's context ids and dates, its hypercubes,
/// its package names; and located findings when the form or the dataset's mapping is wrong.</summary>
public sealed partial class SummaryTests
{
    private static readonly Lazy<RenderedFiling> Filing = new(() => new RenderedFiling("bundled"));

    private static TdnetSummary Summary => Filing.Value.Summary!;

    private static ReportDataset Dataset => Filing.Value.Dataset;

    [Fact]
    public void Every_name_the_summary_uses_is_in_the_names_file_and_the_names_file_lists_no_other()
    {
        var used = UsedNames();
        Assert.Subset(Summary.Names.All.Select(n => n.Name).ToHashSet(), used);
        // The names file serves both forms, the quarterly and the full year's: it lists what either uses, and no other name.
        var forms = new[] { "quarterly", "annual" }.Select(kind => SummaryFormReader.Read(kind,
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "templates", "tdnet", kind + "-summary.json")), Summary.Names, new DiagnosticBag())!);
        var named = forms.SelectMany(f => f.Sections.SelectMany(s => s.Items.Concat(s.Members).Concat([s.Heading, s.Table, s.LineItems]))
            .Concat(f.Axes.SelectMany(a => a.Members.Prepend(a.Axis))).Concat(f.Facts.Select(x => x.Element)));
        Assert.Equal(Summary.Names.All.Select(n => n.Name).Order(), named.Distinct().Order());
        Assert.All(Summary.Names.All, n => Assert.True(n.English.Length > 0 && n.Japanese.Length > 0, n.Name));
        // The figures of the operating results are the U.S. GAAP forms, and the equity lines mean what TSE's labels say.
        Assert.Equal("株主資本", Summary.Names[Summary.Figure("TotalIijShareholdersEquity", Dataset.Report.BalanceSheet!, false)!.Element].Japanese);
        Assert.Equal("株主資本比率", Summary.Names[Summary.Figure("EquityRatio", Dataset.Report.BalanceSheet!, false)!.Element].Japanese);
        Assert.Equal("当社株主に帰属する当期純利益", Summary.Names[Summary.Figure("NetIncomeAttributableToIij", Dataset.Report.Current, false)!.Element].Japanese);
        Assert.All(Dataset.Concepts.Where(c => c.Tdnet is not null && c.Unit == "JPY"), c => Assert.EndsWith("US", c.Tdnet!.Element));
    }

    [Fact]
    public void Every_context_id_follows_TDnets_pattern_and_names_its_dates()
    {
        var yearStart = Dataset.Periods[Dataset.Report.Current].Start!.Value;
        var contexts = Summary.Expectations("", RoundingMode.HalfUp).Facts.Keys.Select(k => Summary.Context(k.Context))
            .Concat(Summary.Form.Facts.Select(Summary.ContextOf)).DistinctBy(c => c.Id).ToList();
        Assert.True(contexts.Count >= 15, $"{contexts.Count} contexts");
        foreach (var context in contexts)
        {
            var match = ContextId().Match(context.Id);
            Assert.True(match.Success, context.Id);
            var year = match.Groups["year"].Value == "Current" ? yearStart : yearStart.AddYears(-1);
            var span = match.Groups["span"].Value;
            var end = span == "Year" ? year.AddYears(1).AddDays(-1) : year.AddMonths(3 * int.Parse(span[^1..], CultureInfo.InvariantCulture)).AddDays(-1);
            Assert.Equal(end, context.Period.End);
            Assert.Equal(match.Groups["type"].Value == "Duration" ? year : null, context.Period.Start);
            Assert.Equal(match.Groups["members"].Value.Split('_', StringSplitOptions.RemoveEmptyEntries), context.Members.Select(m => m.Member));
        }
        Assert.Contains(contexts, c => c.Id == "CurrentAccumulatedQ2Duration_ConsolidatedMember_ResultMember");
        Assert.Contains(contexts, c => c.Id == "CurrentYearDuration_AnnualMember_NonConsolidatedMember_ForecastMember");
        Assert.Contains(contexts, c => c.Id == "PriorYearInstant_ConsolidatedMember_ResultMember");
        Assert.Contains(contexts, c => c.Id == "CurrentAccumulatedQ2Instant" && c.Members.Count == 0);
    }

    [Fact]
    public void Periods_are_named_by_quarters_from_the_start_of_the_current_prior_or_next_fiscal_year()
    {
        var start = Dataset.Periods[Dataset.Report.Current].Start!.Value;
        string? Name(DateOnly? from, DateOnly to) =>
            Summary.Periods.Of(new Period("p", from is null ? PeriodType.Instant : PeriodType.Duration, from, to, Scenario.Actual, "", "", null, new SourceLocation("")))?.Name;
        Assert.Equal("CurrentAccumulatedQ1Duration", Name(start, start.AddMonths(3).AddDays(-1)));
        Assert.Equal("CurrentAccumulatedQ3Duration", Name(start, start.AddMonths(9).AddDays(-1)));
        Assert.Equal("CurrentYearDuration", Name(start, start.AddYears(1).AddDays(-1)));
        Assert.Equal("PriorAccumulatedQ3Instant", Name(null, start.AddMonths(-3).AddDays(-1)));
        Assert.Equal("PriorYearInstant", Name(null, start.AddDays(-1)));
        Assert.Equal("CurrentYearInstant", Name(null, start.AddYears(1).AddDays(-1)));
        Assert.Equal("NextYearDuration", Name(start.AddYears(1), start.AddYears(2).AddDays(-1)));
        Assert.Equal("NextAccumulatedQ2Duration", Name(start.AddYears(1), start.AddYears(1).AddMonths(6).AddDays(-1)));
        Assert.Equal("NextYearDuration", Summary.Periods.Of(FormPeriod.NextYearDuration).Name);
        Assert.Null(Name(start.AddMonths(3), start.AddMonths(6).AddDays(-1)));
        Assert.Null(Name(start.AddYears(-2), start.AddYears(-2).AddMonths(6).AddDays(-1)));
        Assert.Equal(Dataset.Periods[Dataset.Report.Current].End.Month == start.AddMonths(6).AddDays(-1).Month ? 2 : 0, Summary.Periods.Quarter);
    }

    [Fact]
    public void Hypercubes_are_closed_on_the_scenario_and_no_axis_has_a_default_member()
    {
        var definition = Filing.Value.Definition!;
        var arcs = definition.Descendants(Link + "definitionArc").ToList();
        Assert.DoesNotContain(arcs, a => ((string)a.Attribute(XLink + "arcrole")!).EndsWith("/dimension-default", StringComparison.Ordinal));
        var all = arcs.Where(a => ((string)a.Attribute(XLink + "arcrole")!).EndsWith("/all", StringComparison.Ordinal)).ToList();
        Assert.Equal(Summary.Form.Sections.Count, all.Count);
        XNamespace xbrldt = XbrlNamespaces.Xbrldt;
        Assert.All(all, a => Assert.Equal(("true", "scenario"), ((string?)a.Attribute(xbrldt + "closed"), (string?)a.Attribute(xbrldt + "contextElement"))));
        // Every member a context names is a domain of its axis in the definition linkbase.
        var domains = arcs.Where(a => ((string)a.Attribute(XLink + "arcrole")!).EndsWith("/dimension-domain", StringComparison.Ordinal))
            .Select(a => ((string)a.Attribute(XLink + "from")!, (string)a.Attribute(XLink + "to")!)).ToHashSet();
        var members = Summary.Expectations("", RoundingMode.HalfUp).Facts.Keys.SelectMany(k => Summary.Context(k.Context).Members)
            .Concat(Summary.Form.Facts.SelectMany(f => Summary.ContextOf(f).Members));
        Assert.All(members, m => Assert.Contains(m, domains));
        Assert.Equal(Summary.Form.Sections.Select(s => Filing.Value.Vocabulary.Namespace + "/role/" + s.Role).Order(),
            definition.Root!.Elements(Link + "definitionLink").Select(l => (string)l.Attribute(XLink + "role")!).Order());
    }

    [Fact]
    public void Elements_axes_members_and_hypercubes_are_declared_in_the_core_with_TSEs_labels()
    {
        var filing = Filing.Value;
        var declarations = filing.Declarations;
        foreach (var section in Summary.Form.Sections)
            Assert.Equal("xbrldt:hypercubeItem", (string?)declarations[section.Table].Attribute("substitutionGroup"));
        foreach (var axis in Summary.Form.Axes)
            Assert.Equal("xbrldt:dimensionItem", (string?)declarations[axis.Axis].Attribute("substitutionGroup"));
        foreach (var element in Summary.Elements)
            Assert.Equal((element.ItemType, element.PeriodType == PeriodType.Instant ? "instant" : "duration"),
                ((string)declarations[element.Name].Attribute("type")!, (string)declarations[element.Name].Attribute(Xbrli + "periodType")!));
        var labels = filing.Labels.Descendants(Link + "label").Select(l => ((string)l.Attribute(XLink + "label")!, (string)l.Attribute(XNamespace.Xml + "lang")!, l.Value)).ToHashSet();
        foreach (var name in Summary.Names.All.Where(n => UsedNames().Contains(n.Name)))
        {
            Assert.Contains(("label_" + name.Name, "en", name.English), labels);
            Assert.Contains(("label_" + name.Name, "ja", name.Japanese), labels);
        }
        Assert.Equal("xbrli:booleanItemType", (string?)declarations["SupplementalMaterialOfQuarterlyResults"].Attribute("type"));
        Assert.Equal("xbrli:dateItemType", (string?)declarations["FilingDate"].Attribute("type"));
    }

    [Fact]
    public void The_package_is_named_from_the_filing_date_the_quarter_and_the_five_digit_code()
    {
        var tse = Dataset.Company.Listings.Single(l => l.Exchange == "TSE").Code;
        var filed = Dataset.Report.Dates["release"].ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var package = Summary.Package;
        Assert.Equal(tse + "0", package.Code);
        Assert.Equal(filed + Summary.Periods.Quarter.ToString(CultureInfo.InvariantCulture) + tse + "0", package.Id);
        Assert.Equal(14, package.Id.Length);
        Assert.Equal($"tse-qcedussm-{tse}0-{package.Id}", package.Stem);
        Assert.Equal($"XBRLData/Summary/{package.Stem}-ixbrl.htm", package.InlineXbrlPath);
        Assert.Equal(("http://www.tse.or.jp/sicc", tse + "0"), Filing.Value.Vocabulary.Entity);
        Assert.Equal("../../xbrl/a.xsd", OutputPath.Relative("XBRLData/Summary", "xbrl/a.xsd"));
        Assert.Equal("XBRLData/Summary/b.xsd", OutputPath.Relative("", "XBRLData/Summary/b.xsd"));
        Assert.Equal("b.xsd", OutputPath.Relative("XBRLData/Summary", "XBRLData/Summary/b.xsd"));
    }

    [Fact]
    public void A_figure_mapped_to_an_element_no_section_reports_is_an_error_at_its_tdnet_property()
    {
        var vocabulary = new XbrlVocabulary(new ReportModel(BundledWith(json => json["concepts"]!["TotalRevenues"]!["tdnet"]!["element"] = "NetSales")));
        var diagnostics = new DiagnosticBag();
        Assert.Null(TdnetSummary.Load(vocabulary, Summaries.Read, diagnostics));
        var error = Assert.Single(diagnostics);
        Assert.Equal(XbrlCodes.Mapping, error.Code);
        Assert.Equal("$.concepts.TotalRevenues.tdnet", error.Location!.Path);
        Assert.Contains("'TotalRevenues' names the TDnet element 'NetSales', which no section of templates/tdnet/quarterly-summary.json reports.", error.Message);
    }

    [Fact]
    public void A_role_names_the_element_of_each_kind_of_report_so_templates_need_not_choose_it()
    {
        var forms = new[] { "quarterly", "annual" }.ToDictionary(kind => kind, kind => SummaryFormReader.Read(kind,
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "templates", "tdnet", kind + "-summary.json")), Summary.Names, new DiagnosticBag())!);
        string[] roles = ["report-filing-date", "supplemental-material", "results-briefing", "briefing-target"];
        Assert.Equal(["QuarterlyStatementFilingDateAsPlanned", "SupplementalMaterialOfQuarterlyResults", "ConveningBriefingOfQuarterlyResults", "TargetForBriefingOfQuarterlyResults"],
            roles.Select(r => forms["quarterly"].Fact(r)!.Element));
        Assert.Equal(["AnnualSecuritiesReportFilingDateAsPlanned", "SupplementalMaterialOfAnnualResults", "ConveningBriefingOfAnnualResults", "TargetAudienceBriefingOfAnnualResults"],
            roles.Select(r => forms["annual"].Fact(r)!.Element));
        Assert.Same(forms["annual"].Fact("AnnualSecuritiesReportFilingDateAsPlanned"), forms["annual"].Fact("report-filing-date"));
        Assert.Null(forms["quarterly"].Fact("AnnualSecuritiesReportFilingDateAsPlanned"));
    }

    [Theory]
    [InlineData("\"NetSalesUS\", \"ChangeInNetSalesUS\", \"OperatingIncomeUS\"", "\"NetSalesUS\", \"ChangeInNetSaleUS\", \"OperatingIncomeUS\"",
        "'ChangeInNetSaleUS' is not in tdnet/tse-ed-t.json.", "Did you mean 'ChangeInNetSalesUS'?")]
    [InlineData("\"members\": [\"ConsolidatedMember\", \"ForecastMember\"]", "\"members\": [\"ConsolidatedMember\", \"UpperMember\"]",
        "'UpperMember' is not in tdnet/tse-ed-t.json.", null)]
    [InlineData("{ \"element\": \"URL\", \"value\": \"company:url\" }", "{ \"element\": \"URL\", \"value\": \"site:url\" }",
        "'site' is not a kind of value.", null)]
    [InlineData("\"members\": [\"NonConsolidatedMember\", \"ResultMember\"] }\n  ]", "\"members\": [\"ConsolidatedMember\", \"ForecastMember\"] }\n  ]",
        "No section reports NoteToNumberOfIssuedAndOutstandingSharesCommonStock with the members [ConsolidatedMember, ForecastMember].", null)]
    [InlineData("\"value\": \"text:tse.rounding\", \"ja\": \"text:tanshin.rounding\"", "\"value\": \"text:tse.rounding\", \"ja\": \"date:release\"",
        "The Japanese words of a fact are as many parts, of the same type, as its \"value\".", null)]
    [InlineData("\"role\": \"supplemental-material\"", "\"role\": \"SupplementalMaterial\"",
        "'SupplementalMaterial' is not a role name.", "Write lower-case words joined by hyphens (\"report-filing-date\").")]
    // No form field is a number, so a number beyond a decimal's range (read as 0 by the JSON tree) is refused by its type.
    [InlineData("\"letters\": \"qcedussm\"", "\"letters\": 100000000000000000000000000000000000000000", "'letters' must be a string, not a number.", null)]
    [InlineData("\"role\": \"results-briefing\"", "\"role\": \"supplemental-material\"",
        "'supplemental-material' is the role of two facts.", null)]
    public void A_wrong_form_is_an_error_at_its_line(string find, string replace, string message, string? hint)
    {
        var form = Summaries.Read("tdnet/quarterly-summary.json")!.Value;
        Assert.Contains(find, form.Text);
        var at = form.Text.IndexOf(find, StringComparison.Ordinal);
        var text = form.Text[..at] + replace + form.Text[(at + find.Length)..];
        var names = TseNames.Read("names", Summaries.Read(TseNames.File)!.Value.Text, new DiagnosticBag())!;
        var diagnostics = new DiagnosticBag();
        Assert.Null(SummaryFormReader.Read(form.Name, text, names, diagnostics));
        var error = Assert.Single(diagnostics);
        Assert.Equal(XbrlCodes.SummaryForm, error.Code);
        Assert.StartsWith(message.Replace("tdnet/tse-ed-t.json", TseNames.File, StringComparison.Ordinal), error.Message);
        Assert.Equal(form.Name, error.Location!.File);
        var line = text[..at].Count(c => c == '\n') + 1;
        Assert.InRange(error.Location.Line, line, line + replace.Count(c => c == '\n'));
        if (hint is not null)
            Assert.Equal(hint, error.Hint);
    }

    [Fact]
    public void Malformed_form_json_is_one_error_with_its_position()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(SummaryFormReader.Read("form.json", "{\n  \"letters\": \"qcedussm\",\n  \"axes\": [ }\n", TseNames.Read("n", "{ \"items\": [] }", new DiagnosticBag())!, diagnostics));
        var error = Assert.Single(diagnostics);
        Assert.Equal((XbrlCodes.SummaryForm, "form.json", 3), (error.Code, error.Location!.File, error.Location.Line));
    }

    [GeneratedRegex("^(?<year>Current|Prior)(?<span>Year|AccumulatedQ[1-3])(?<type>Duration|Instant)(?<members>(_(FirstQuarter|SecondQuarter|ThirdQuarter|YearEnd|Annual)Member)?(_(Consolidated|NonConsolidated)Member_(Result|Forecast)Member)?)$")]
    private static partial Regex ContextId();

    /// <summary>The tse-ed-t names the bundled summary uses: its elements, its sections' hypercube names, its axes and members.</summary>
    private static HashSet<string> UsedNames() =>
        Summary.Elements.Select(e => e.Name)
            .Concat(Summary.Form.Sections.SelectMany(s => new[] { s.Heading, s.Table, s.LineItems }))
            .Concat(Summary.Form.Axes.SelectMany(a => a.Members.Prepend(a.Axis)))
            .ToHashSet();

    private static ReportDataset BundledWith(Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(RepositoryPaths.BundledDataset))!.AsObject();
        edit(json);
        var result = DatasetLoader.Parse(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })), RepositoryPaths.BundledDataset);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Dataset!;
    }
}
