using IIJReportGen.Tests.Shared;
using System.Globalization;
using System.Xml.Linq;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using static IIJReportGen.Xbrl.Tests.RenderedFiling;

namespace IIJReportGen.Xbrl.Tests;

public class TaxonomyTests
{
    [Theory]
    [MemberData(nameof(Datasets.All), MemberType = typeof(Datasets))]
    public void Calculation_arcs_are_the_tables_parent_and_weight_relations(string dataset)
    {
        var filing = new RenderedFiling(dataset);
        var expected = new HashSet<(string, string, string, int)>();
        foreach (var table in filing.Dataset.Tables.Where(t => t.LinesFrom is null))
            foreach (var line in table.Lines.Where(l => l.Concept is not null && l.Parent is not null))
            {
                var total = table.Lines.First(l => l.Id == line.Parent);
                // Opening/closing lines and parts of another period type cannot bind in one XBRL context (tie-outs check them).
                if (total.Concept is null || line.At != LineInstant.None || total.At != LineInstant.None || total.Concept == line.Concept
                    || PeriodTypeOf(filing, total.Concept) != PeriodTypeOf(filing, line.Concept!))
                    continue;
                expected.Add((filing.Vocabulary.Namespace + "/role/" + table.Key, filing.Vocabulary.ElementName(total.Concept), filing.Vocabulary.ElementName(line.Concept!), line.Weight));
            }
        // A footing that holds only for its own table's columns is left out; another table must carry the same total with at least its parts.
        var network = CalculationNetwork.Of(filing.Vocabulary, XbrlFact.AllOf(filing.Vocabulary));
        foreach (var omitted in network.Omitted)
        {
            expected.RemoveWhere(e => e.Item1 == filing.Vocabulary.Namespace + "/role/" + omitted.Table.Key && e.Item2 == omitted.Parent.Name);
            var covering = network.Arcs.Where(a => a.Parent.Name == omitted.Parent.Name).GroupBy(a => a.Table.Key)
                .Any(g => omitted.Parts.All(p => g.Any(a => a.Child.Name == p.Name)));
            Assert.True(covering, $"Table '{omitted.Table.Key}': the footing of {omitted.Parent.Name} fails in {omitted.Context} and no other table carries it.");
        }
        var actual = new HashSet<(string, string, string, int)>();
        foreach (var link in filing.Calculation.Root!.Elements(Link + "calculationLink"))
        {
            var locs = Locators(filing, link);
            foreach (var arc in link.Elements(Link + "calculationArc"))
            {
                Assert.Equal(XbrlNamespaces.SummationItemArcrole, (string?)arc.Attribute(XLink + "arcrole"));
                Assert.True(actual.Add(((string)link.Attribute(XLink + "role")!, locs[(string)arc.Attribute(XLink + "from")!], locs[(string)arc.Attribute(XLink + "to")!], (int)arc.Attribute("weight")!)));
            }
        }
        Assert.Equal(expected.Order(), actual.Order());
        Assert.NotEmpty(actual);
        Assert.Empty(network.BalanceConflicts());
    }

    [Theory]
    [MemberData(nameof(Datasets.All), MemberType = typeof(Datasets))]
    public void Instance_is_calculation_consistent_under_the_XBRL_2_1_rounding_rule(string dataset)
    {
        var filing = new RenderedFiling(dataset);
        var facts = filing.Facts.Where(f => f.Attribute(Xsi + "nil") is null)
            .ToDictionary(f => (f.Name.LocalName, (string)f.Attribute("contextRef")!, (string)f.Attribute("unitRef")!));
        var bound = 0;
        foreach (var link in filing.Calculation.Root!.Elements(Link + "calculationLink"))
        {
            var locs = Locators(filing, link);
            var arcs = link.Elements(Link + "calculationArc").Select(a => (Parent: locs[(string)a.Attribute(XLink + "from")!], Child: locs[(string)a.Attribute(XLink + "to")!], Weight: (decimal)a.Attribute("weight")!));
            foreach (var summation in arcs.GroupBy(a => a.Parent))
                foreach (var total in facts.Where(f => f.Key.Item1 == summation.Key))
                {
                    // §5.2.5.2: each contributing item rounded to its decimals, weighted and summed, equals the total rounded to its decimals.
                    var parts = summation.Select(a => (a.Weight, Fact: facts.GetValueOrDefault((a.Child, total.Key.Item2, total.Key.Item3)))).Where(p => p.Fact is not null).ToList();
                    if (parts.Count == 0)
                        continue;
                    var decimals = (int)total.Value.Attribute("decimals")!;
                    var sum = parts.Sum(p => p.Weight * Round(p.Fact!));
                    Assert.True(Rounding.Round(sum, decimals, RoundingMode.HalfUp) == Round(total.Value),
                        $"{(string)link.Attribute(XLink + "role")!}: {summation.Key} in {total.Key.Item2} is {total.Value.Value}, its parts sum to {sum}");
                    bound++;
                }
        }
        Assert.True(bound > 0);
    }

    [Theory]
    [MemberData(nameof(Datasets.All), MemberType = typeof(Datasets))]
    public void Linkbases_resolve_to_the_schema_and_declare_their_roles(string dataset)
    {
        var filing = new RenderedFiling(dataset);
        var ids = filing.Schema.Root!.Elements(Xs + "element").Select(e => (string)e.Attribute("id")!).ToHashSet();
        var roleTypes = filing.Schema.Descendants(Link + "roleType").ToDictionary(r => (string)r.Attribute("roleURI")!, r => (string)r.Attribute("id")!);
        Assert.Empty(filing.Schema.Descendants(Link + "linkbaseRef"));
        Assert.Equal(filing.Vocabulary.Namespace, (string?)filing.Schema.Root.Attribute("targetNamespace"));
        foreach (var linkbase in new[] { filing.Labels, filing.Presentation, filing.Calculation })
        {
            foreach (var loc in linkbase.Descendants(Link + "loc"))
            {
                var href = ((string)loc.Attribute(XLink + "href")!).Split('#');
                Assert.Equal(filing.Vocabulary.CoreSchemaFileName, href[0]);
                Assert.Contains(href[1], ids);
            }
            var roleRefs = linkbase.Root!.Elements(Link + "roleRef").ToDictionary(r => (string)r.Attribute("roleURI")!, r => (string)r.Attribute(XLink + "href")!);
            foreach (var link in linkbase.Root.Elements().Where(e => e.Attribute(XLink + "type")?.Value == "extended"))
            {
                var role = (string)link.Attribute(XLink + "role")!;
                if (role != "http://www.xbrl.org/2003/role/link")
                    Assert.Equal(filing.Vocabulary.CoreSchemaFileName + "#" + roleTypes[role], roleRefs[role]);
                var labels = link.Elements().Where(e => e.Attribute(XLink + "type")?.Value is "locator" or "resource").Select(e => (string)e.Attribute(XLink + "label")!).ToHashSet();
                var arcs = link.Elements().Where(e => e.Attribute(XLink + "type")?.Value == "arc").ToList();
                foreach (var arc in arcs)
                {
                    Assert.Contains((string)arc.Attribute(XLink + "from")!, labels);
                    Assert.Contains((string)arc.Attribute(XLink + "to")!, labels);
                }
                // §3.5.3.9.7.3: no two arcs of one extended link say the same relationship.
                Assert.Equal(arcs.Count, arcs.Select(a => ((string)a.Attribute(XLink + "from")!, (string)a.Attribute(XLink + "to")!)).Distinct().Count());
            }
        }
        foreach (var declaration in filing.Declarations.Values.Where(d => d.Attribute(Xbrli + "balance") is not null))
            Assert.Equal("xbrli:monetaryItemType", (string?)declaration.Attribute("type"));
    }

    [Theory]
    [MemberData(nameof(Datasets.All), MemberType = typeof(Datasets))]
    public void Each_entry_point_imports_the_core_and_only_the_instances_reaches_the_calculations(string dataset)
    {
        var filing = new RenderedFiling(dataset);
        var core = filing.Vocabulary.CoreSchemaFileName;
        var linkbases = filing.Files.Select(f => f.Path).Where(n => n.StartsWith("xbrl/", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal)).Select(Path.GetFileName).ToList();
        Assert.Equal(linkbases.Order(), LinkbaseRefs(filing.FullEntry).Order());
        AssertImportsTheCore(filing, filing.FullEntry, core);
        if (filing.SummaryEntry is not { } summary)
            return;
        // The package's entry point reaches the package's own copy of the core and the labels (the same bytes as xbrl/'s: the
        // package stands alone) and its own presentation and definitions: no calculations.
        var stem = filing.Summary!.Package.Stem;
        Assert.Equal([filing.Vocabulary.FileStem + "_lab.xml", stem + "-def.xml", stem + "-pre.xml"], LinkbaseRefs(summary).Order());
        AssertImportsTheCore(filing, summary, core);
        foreach (var copy in new[] { core, filing.Vocabulary.FileStem + "_lab.xml" })
            Assert.Equal(filing.Files.Single(f => f.Path == "xbrl/" + copy).Bytes, filing.Files.Single(f => f.Path == IIJReportGen.Xbrl.Tdnet.TdnetPackage.Folder + "/" + copy).Bytes);
        Assert.NotEqual((string?)filing.FullEntry.Root!.Attribute("targetNamespace"), (string?)summary.Root!.Attribute("targetNamespace"));
    }

    private static void AssertImportsTheCore(RenderedFiling filing, XDocument entry, string core)
    {
        var import = Assert.Single(entry.Root!.Elements(Xs + "import"));
        Assert.Equal((filing.Vocabulary.Namespace, core), ((string)import.Attribute("namespace")!, (string)import.Attribute("schemaLocation")!));
        Assert.Empty(entry.Root.Elements(Xs + "element"));
        Assert.NotEqual(filing.Vocabulary.Namespace, (string?)entry.Root.Attribute("targetNamespace"));
    }

    private static List<string> LinkbaseRefs(XDocument schema) =>
        schema.Descendants(Link + "linkbaseRef").Select(r => (string)r.Attribute(XLink + "href")!).ToList();

    [Theory]
    [MemberData(nameof(Datasets.All), MemberType = typeof(Datasets))]
    public void Presentation_lists_each_tables_figures_in_line_order_and_every_other_figure_once(string dataset)
    {
        var filing = new RenderedFiling(dataset);
        var links = filing.Presentation.Root!.Elements(Link + "presentationLink").ToList();
        var presented = new HashSet<string>();
        foreach (var table in filing.Dataset.Tables.Where(t => t.LinesFrom is null && t.Lines.Any(l => l.Concept is not null)))
        {
            var link = links.Single(l => (string?)l.Attribute(XLink + "role") == filing.Vocabulary.Namespace + "/role/" + table.Key);
            var locs = Locators(filing, link);
            var shown = link.Elements(Link + "presentationArc").OrderBy(a => (decimal)a.Attribute("order")!).Select(a => locs[(string)a.Attribute(XLink + "to")!]).ToList();
            Assert.Equal(table.Lines.Where(l => l.Concept is not null).Select(l => filing.Vocabulary.ElementName(l.Concept!)).Distinct(), shown);
            presented.UnionWith(shown);
        }
        var others = links.SingleOrDefault(l => ((string)l.Attribute(XLink + "role")!).EndsWith("/role/other-figures", StringComparison.Ordinal));
        if (others is not null)
            presented.UnionWith(Locators(filing, others).Values);
        // The TDnet summary's elements are presented by the summary's own linkbase (SummaryTaxonomyTests).
        var summary = filing.Summary?.Elements.Select(e => e.Name).ToHashSet() ?? [];
        var items = filing.Declarations.Values.Where(d => d.Attribute("abstract") is null && d.Attribute("substitutionGroup") is not null).Select(d => (string)d.Attribute("name")!);
        Assert.Empty(items.Except(presented).Except(summary));
    }

    [CultureTheory]
    [MemberData(nameof(Datasets.All), MemberType = typeof(Datasets))]
    public void Every_file_is_byte_identical_across_runs_and_cultures(string dataset)
    {
        var filing = new RenderedFiling(dataset);
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "de-DE", "ja-JP", "ar-SA" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                var again = filing.RenderAgain();
                Assert.Equal(filing.Files.Select(f => f.Path), again.Select(f => f.Path));
                for (var i = 0; i < again.Count; i++)
                    Assert.True(filing.Files[i].Bytes.AsSpan().SequenceEqual(again[i].Bytes), $"{again[i].Path} differs under {culture}");
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
        foreach (var file in filing.Files)
        {
            Assert.False(file.Bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), file.Path + " has a BOM");
            Assert.DoesNotContain((byte)'\r', file.Bytes);
        }
    }

    [Fact]
    public void Write_puts_every_file_in_the_directory_and_returns_their_paths()
    {
        var vocabulary = new XbrlVocabulary(new ReportModel(Datasets.Load("mini")));
        var directory = Path.Combine(Path.GetTempPath(), "iijreportgen-xbrl-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = XbrlFiling.Write(vocabulary, directory);
            var rendered = XbrlFiling.Render(vocabulary);
            Assert.Equal(rendered.Select(f => Path.Combine(directory, f.Path)), paths);
            Assert.All(rendered, f => Assert.StartsWith("xbrl/", f.Path));
            foreach (var file in rendered)
                Assert.Equal(file.Bytes, File.ReadAllBytes(Path.Combine(directory, file.Path)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static PeriodType PeriodTypeOf(RenderedFiling filing, string id) => filing.Vocabulary.Element(id).PeriodType;

    private static Dictionary<string, string> Locators(RenderedFiling filing, XElement link) =>
        link.Elements(Link + "loc").ToDictionary(l => (string)l.Attribute(XLink + "label")!, l => ((string)l.Attribute(XLink + "href")!).Split('#')[1][(XbrlVocabulary.Prefix.Length + 1)..]);

    private static decimal Round(XElement fact) =>
        Rounding.Round(decimal.Parse(fact.Value, NumberStyles.Number, CultureInfo.InvariantCulture), (int)fact.Attribute("decimals")!, RoundingMode.HalfUp);
}
