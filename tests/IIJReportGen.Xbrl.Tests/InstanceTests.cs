using System.Globalization;
using System.Xml.Linq;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using static IIJReportGen.Xbrl.Tests.RenderedFiling;

namespace IIJReportGen.Xbrl.Tests;

public class InstanceTests
{
    [Theory]
    [MemberData(nameof(Datasets.All), MemberType = typeof(Datasets))]
    public void Every_typed_fact_appears_once_with_its_value_period_unit_and_decimals(string dataset)
    {
        var filing = new RenderedFiling(dataset);
        var contexts = filing.Contexts;
        var facts = filing.Facts;
        var checkedFacts = 0;
        foreach (var concept in filing.Dataset.Concepts)
            foreach (var (periodKey, typed) in concept.Values)
            {
                var period = filing.Dataset.Periods[periodKey];
                var matches = facts.Where(f => f.Name.LocalName == concept.Xbrl && SamePeriod(contexts[(string)f.Attribute("contextRef")!], period)).ToList();
                Assert.True(matches.Count == 1, $"{concept.Key}@{periodKey}: {matches.Count} facts");
                var fact = matches[0];
                var percent = concept.Kind == ConceptKind.ReportedChange;
                if (typed.Typed is { } value)
                {
                    var expected = value * Powers.Ten(concept.Scale) / (percent ? 100m : 1m);
                    Assert.Equal(expected, decimal.Parse(fact.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
                    Assert.Equal(concept.Decimals - concept.Scale + (percent ? 2 : 0), (int)fact.Attribute("decimals")!);
                }
                else
                {
                    Assert.Equal("true", (string?)fact.Attribute(Xsi + "nil"));
                    Assert.Null(fact.Attribute("decimals"));
                    Assert.Equal("", fact.Value);
                }
                AssertUnit(filing, fact, filing.Dataset.Units[concept.Unit]);
                checkedFacts++;
            }
        Assert.Equal(filing.Dataset.FactCount, checkedFacts);
    }

    [Theory]
    [MemberData(nameof(Datasets.All), MemberType = typeof(Datasets))]
    public void Derived_measures_appear_for_every_period_they_evaluate_in_rounded_to_their_decimals(string dataset)
    {
        var filing = new RenderedFiling(dataset);
        var contexts = filing.Contexts;
        var facts = filing.Facts;
        foreach (var measure in filing.Dataset.Measures)
        {
            var name = measure.Xbrl ?? measure.Key;
            var decimals = filing.Vocabulary.Decimals(measure.Key);
            var measureFacts = facts.Where(f => f.Name.LocalName == name).ToList();
            foreach (var fact in measureFacts)
            {
                var period = filing.Dataset.Periods.Single(p => SamePeriod(contexts[(string)fact.Attribute("contextRef")!], p));
                var exact = filing.Model.Value(measure.Key, period.Key);
                Assert.NotNull(exact);
                Assert.Equal(decimals, (int)fact.Attribute("decimals")!);
                Assert.True(Math.Abs(decimal.Parse(fact.Value, NumberStyles.Number, CultureInfo.InvariantCulture) - exact!.Value) <= Powers.Ten(-decimals) / 2m,
                    $"{measure.Key}@{period.Key}: {fact.Value} vs {exact}");
                AssertUnit(filing, fact, filing.Dataset.Units[measure.Unit]);
            }
            var periodType = measureFacts.Count > 0 ? filing.Dataset.Periods.Single(p => SamePeriod(contexts[(string)measureFacts[0].Attribute("contextRef")!], p)).Type : PeriodType.Duration;
            var expectedCount = filing.Dataset.Periods.Count(p => p.Type == periodType && filing.Model.Value(measure.Key, p.Key) is not null);
            Assert.Equal(expectedCount, measureFacts.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Datasets.All), MemberType = typeof(Datasets))]
    public void Contexts_and_units_resolve_ids_are_unique_and_numbers_carry_decimals(string dataset)
    {
        var filing = new RenderedFiling(dataset);
        var root = filing.Instance.Root!;
        var ids = root.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var contexts = filing.Contexts;
        var units = filing.Units;
        Assert.Equal(XbrlNamespaces.Xbrli, root.Name.NamespaceName);
        Assert.Equal(filing.Vocabulary.SchemaFileName, (string?)root.Element(Link + "schemaRef")!.Attribute(XLink + "href"));
        Assert.Equal("simple", (string?)root.Element(Link + "schemaRef")!.Attribute(XLink + "type"));
        var declarations = filing.Declarations;
        foreach (var fact in filing.Facts)
        {
            var context = contexts[(string)fact.Attribute("contextRef")!];
            Assert.Contains((string)fact.Attribute("unitRef")!, units.Keys);
            Assert.NotEqual("INF", (string?)fact.Attribute("decimals"));
            Assert.True((fact.Attribute("decimals") is null) == (fact.Attribute(Xsi + "nil") is not null), fact.ToString());
            Assert.Null(fact.Attribute("precision"));
            var declaration = declarations[fact.Name.LocalName];
            Assert.Equal("xbrli:item", (string?)declaration.Attribute("substitutionGroup"));
            var instant = context.Element(Xbrli + "period")!.Element(Xbrli + "instant") is not null;
            Assert.Equal(instant ? "instant" : "duration", (string?)declaration.Attribute(Xbrli + "periodType"));
            if ((string?)declaration.Attribute("type") == "xbrli:monetaryItemType")
                Assert.StartsWith("iso4217:", units[(string)fact.Attribute("unitRef")!].Element(Xbrli + "measure")!.Value);
        }
        // Every context and unit written is used, and every measure's prefix is declared (XBRL 2.1 §4.8.2).
        Assert.Equal(contexts.Keys.Order(), filing.Facts.Select(f => (string)f.Attribute("contextRef")!).Distinct().Order());
        Assert.Equal(units.Keys.Order(), filing.Facts.Select(f => (string)f.Attribute("unitRef")!).Distinct().Order());
        foreach (var measure in root.Descendants(Xbrli + "measure"))
            Assert.NotNull(measure.GetNamespaceOfPrefix(measure.Value.Split(':')[0]));
        // Only contexts of forecast periods carry the forecast scenario, so actual and forecast facts for the same dates stay apart.
        foreach (var period in filing.Dataset.Periods.Where(p => contexts.ContainsKey(filing.Vocabulary.ContextId(p.Key))))
            Assert.Equal(period.Scenario == Scenario.Forecast, contexts[filing.Vocabulary.ContextId(period.Key)].Element(Xbrli + "scenario") is not null);
    }

    [Theory]
    [MemberData(nameof(Datasets.All), MemberType = typeof(Datasets))]
    public void Labels_name_every_element_in_English_and_in_Japanese_where_the_dataset_gives_it(string dataset)
    {
        var filing = new RenderedFiling(dataset);
        var labels = filing.Labels.Root!.Descendants(Link + "label")
            .Select(l => ((string)l.Attribute(XLink + "label")!, (string)l.Attribute(XNamespace.Xml + "lang")!, (string)l.Attribute(XLink + "role")!, l.Value))
            .ToList();
        foreach (var name in filing.Declarations.Keys.Where(n => n != filing.Vocabulary.ForecastScenarioName))
            Assert.Contains(labels, l => l.Item1 == "label_" + name && l.Item2 == "en" && l.Item3 == XbrlNamespaces.StandardLabelRole && l.Value.Length > 0);
        foreach (var concept in filing.Dataset.Concepts)
        {
            Assert.Contains(labels, l => l.Item1 == "label_" + concept.Xbrl && l.Item2 == "en" && l.Value == concept.Label);
            if (concept.LabelJa is not null)
                Assert.Contains(labels, l => l.Item1 == "label_" + concept.Xbrl && l.Item2 == "ja" && l.Value == concept.LabelJa);
        }
        foreach (var measure in filing.Dataset.Measures)
            Assert.Contains(labels, l => l.Item1 == "label_" + (measure.Xbrl ?? measure.Key) && l.Item3 == XbrlNamespaces.DocumentationRole && l.Value.StartsWith("Derived", StringComparison.Ordinal));
    }

    internal static bool SamePeriod(XElement context, Period period)
    {
        var p = context.Element(Xbrli + "period")!;
        var forecast = context.Element(Xbrli + "scenario") is not null;
        if (forecast != (period.Scenario == Scenario.Forecast))
            return false;
        return period.Type == PeriodType.Instant
            ? (string?)p.Element(Xbrli + "instant") == Iso(period.End)
            : (string?)p.Element(Xbrli + "startDate") == Iso(period.Start!.Value) && (string?)p.Element(Xbrli + "endDate") == Iso(period.End);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AssertUnit(RenderedFiling filing, XElement fact, Unit unit)
    {
        var xbrlUnit = filing.Units[(string)fact.Attribute("unitRef")!];
        var measures = xbrlUnit.Descendants(Xbrli + "measure").Select(m => m.Value).ToList();
        if (unit.Numerator is { } numerator && unit.Denominator is { } denominator)
        {
            Assert.NotNull(xbrlUnit.Element(Xbrli + "divide"));
            Assert.Equal([Measure(filing, filing.Dataset.Units[numerator]), Measure(filing, filing.Dataset.Units[denominator])], measures);
        }
        else
            Assert.Equal([Measure(filing, unit)], measures);
    }

    private static string Measure(RenderedFiling filing, Unit unit) => unit.Xbrl ?? XbrlVocabulary.Prefix + ":" + unit.Key;
}
