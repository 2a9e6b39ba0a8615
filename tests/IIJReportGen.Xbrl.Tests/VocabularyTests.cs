using IIJReportGen.Dataset.Measures;
using System.Xml;
using IIJReportGen.Xhtml;
using IIJReportGen.Xbrl.Tdnet;

namespace IIJReportGen.Xbrl.Tests;

public class VocabularyTests
{
    [Fact]
    public void Mini_dataset_names_elements_contexts_units_and_decimals()
    {
        var vocabulary = new XbrlVocabulary(new ReportModel(Datasets.Load("mini")));

        Assert.Equal("urn:x-iijreportgen:eni:2013-09-30", vocabulary.Namespace);
        Assert.Equal("eni-2013-09-30.xsd", vocabulary.SchemaFileName);
        Assert.Equal("eni-2013-09-30-core.xsd", vocabulary.CoreSchemaFileName);
        Assert.Equal("NetSales", vocabulary.ElementName("TotalRevenues"));
        Assert.Equal("BasicEps", vocabulary.ElementName("BasicEps"));
        Assert.Equal("CurrentYTDDuration", vocabulary.ContextId("1H13"));
        Assert.Equal("PriorYTDDuration", vocabulary.ContextId("1H12"));
        Assert.Equal("CurrentInstant", vocabulary.ContextId("1H13-end"));
        Assert.Equal("PriorInstant", vocabulary.ContextId("FY2012-end"));
        Assert.Equal("JPY", vocabulary.UnitId("TotalRevenues"));
        Assert.Equal("JPYPerShares", vocabulary.UnitId("BasicEps"));
        Assert.Equal("Shares", vocabulary.UnitId("WeightedShares"));
        Assert.Equal("Pure", vocabulary.UnitId("OperatingMargin"));
        Assert.Equal(-3, vocabulary.Decimals("TotalRevenues"));
        Assert.Equal(2, vocabulary.Decimals("BasicEps"));
        Assert.Equal(0, vocabulary.Decimals("WeightedShares"));
        Assert.Equal(3, vocabulary.Decimals("OperatingMargin"));
        Assert.Equal("ChangeInNetSales", vocabulary.ChangeElementName("TotalRevenues"));
        Assert.Null(vocabulary.ChangeElementName("Cash"));
    }

    [Fact]
    public void Header_hides_what_it_is_given_and_declares_the_schema_and_only_the_contexts_and_units_asked_for()
    {
        var summary = Summaries.Of(new XbrlVocabulary(new ReportModel(Datasets.Load("bundled"))));
        var figure = summary.Figure("TotalRevenues", "1H13", change: false)!;
        var text = new StringWriter();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment }))
            InlineXbrlHeader.Write(writer, summary, TdnetPackage.Folder, [figure.Context.Id], [figure.UnitId], w => w.WriteElementString("hiddenFact", "x"));

        var header = new XmlDocument();
        header.LoadXml(text.ToString());
        var ns = new XmlNamespaceManager(header.NameTable);
        ns.AddNamespace("ix", XhtmlNamespaces.InlineXbrl);
        ns.AddNamespace("xbrli", XbrlNamespaces.Xbrli);
        ns.AddNamespace("xbrldi", XbrlNamespaces.Xbrldi);
        ns.AddNamespace("link", XbrlNamespaces.Link);
        Assert.Equal("x", header.SelectSingleNode("/ix:header/ix:hidden/hiddenFact", ns)!.InnerText);
        Assert.Equal(summary.Package.Stem + ".xsd",
            header.SelectSingleNode("/ix:header/ix:references/link:schemaRef", ns)!.Attributes!["href", XbrlNamespaces.XLink]!.Value);
        var contexts = header.SelectNodes("//xbrli:context", ns)!.Cast<XmlElement>().Select(e => e.GetAttribute("id"));
        Assert.Equal(["CurrentAccumulatedQ2Duration_ConsolidatedMember_ResultMember"], contexts);
        Assert.Equal(["iij:ConsolidatedNonconsolidatedAxis=iij:ConsolidatedMember", "iij:ResultForecastAxis=iij:ResultMember"],
            header.SelectNodes("//xbrli:scenario/xbrldi:explicitMember", ns)!.Cast<XmlElement>().Select(e => e.GetAttribute("dimension") + "=" + e.InnerText));
        Assert.Equal(["JPY"], header.SelectNodes("//xbrli:unit", ns)!.Cast<XmlElement>().Select(e => e.GetAttribute("id")));
        Assert.Equal(XbrlNamespaces.Iso4217, header.DocumentElement!.GetNamespaceOfPrefix("iso4217"));
        Assert.Equal("37740", header.SelectSingleNode("//xbrli:identifier", ns)!.InnerText);
    }
}
