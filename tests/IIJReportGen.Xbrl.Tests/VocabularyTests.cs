using IIJReportGen.Dataset.Measures;
using System.Xml;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Xbrl.Tests;

public class VocabularyTests
{
    [Fact]
    public void Mini_dataset_names_elements_contexts_units_and_decimals()
    {
        var vocabulary = new XbrlVocabulary(new ReportModel(Datasets.Load("mini")));

        Assert.Equal("urn:x-iijreportgen:eni:2013-09-30", vocabulary.Namespace);
        Assert.Equal("eni-2013-09-30.xsd", vocabulary.SchemaFileName);
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

    [Theory]
    [MemberData(nameof(Datasets.All), MemberType = typeof(Datasets))]
    public void Header_declares_the_schema_and_only_the_contexts_and_units_asked_for(string dataset)
    {
        var data = Datasets.Load(dataset);
        var vocabulary = new XbrlVocabulary(new ReportModel(data));
        var current = data.Report.Current;
        var figure = data.Concepts.First(c => c.Values.ContainsKey(current) && c.Unit == "JPY").Key;
        var text = new StringWriter();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment }))
            InlineXbrlHeader.Write(writer, vocabulary, [current], [figure]);

        var header = new XmlDocument();
        header.LoadXml(text.ToString());
        var ns = new XmlNamespaceManager(header.NameTable);
        ns.AddNamespace("ix", XhtmlNamespaces.InlineXbrl);
        ns.AddNamespace("xbrli", XbrlNamespaces.Xbrli);
        ns.AddNamespace("link", XbrlNamespaces.Link);
        Assert.Equal("xbrl/" + vocabulary.SummarySchemaFileName,
            header.SelectSingleNode("/ix:header/ix:references/link:schemaRef", ns)!.Attributes!["href", XbrlNamespaces.XLink]!.Value);
        var contexts = header.SelectNodes("//xbrli:context", ns)!.Cast<XmlElement>().Select(e => e.GetAttribute("id"));
        Assert.Equal([vocabulary.ContextId(current)], contexts);
        var units = header.SelectNodes("//xbrli:unit", ns)!.Cast<XmlElement>().Select(e => e.GetAttribute("id")).ToList();
        Assert.Contains(vocabulary.UnitId(figure)!, units);
        Assert.Equal(XbrlNamespaces.Iso4217, header.DocumentElement!.GetNamespaceOfPrefix("iso4217"));
    }
}
