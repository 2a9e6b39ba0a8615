using System.Xml;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Xbrl;

/// <summary>Writes the taxonomy schema: linkbase references, one role per table, one element per concept, measure and change.</summary>
/// <remarks>XBRL 2.1 §5.1 (concept definitions: substitutionGroup xbrli:item, periodType, balance only on monetary items),
/// §5.1.3 (roleType with usedOn), §4.3.4 (linkbaseRef in appinfo).</remarks>
internal static class TaxonomySchemaWriter
{
    public static byte[] Write(XbrlTaxonomy taxonomy) => XmlOutput.Write(writer =>
    {
        var vocabulary = taxonomy.Vocabulary;
        writer.WriteStartElement("xs", "schema", XbrlNamespaces.Xsd);
        writer.WriteAttributeString("xmlns", "xbrli", null, XbrlNamespaces.Xbrli);
        writer.WriteAttributeString("xmlns", "link", null, XbrlNamespaces.Link);
        writer.WriteAttributeString("xmlns", "xlink", null, XbrlNamespaces.XLink);
        writer.WriteAttributeString("xmlns", XbrlVocabulary.Prefix, null, vocabulary.Namespace);
        writer.WriteAttributeString("targetNamespace", vocabulary.Namespace);
        writer.WriteAttributeString("elementFormDefault", "qualified");
        writer.WriteAttributeString("attributeFormDefault", "unqualified");

        writer.WriteStartElement("xs", "annotation", XbrlNamespaces.Xsd);
        writer.WriteStartElement("xs", "appinfo", XbrlNamespaces.Xsd);
        LinkbaseRef(writer, taxonomy.LabelFileName, XbrlNamespaces.LabelLinkbaseRefRole);
        LinkbaseRef(writer, taxonomy.PresentationFileName, XbrlNamespaces.PresentationLinkbaseRefRole);
        LinkbaseRef(writer, taxonomy.CalculationFileName, XbrlNamespaces.CalculationLinkbaseRefRole);
        foreach (var role in taxonomy.Roles)
        {
            writer.WriteStartElement("link", "roleType", XbrlNamespaces.Link);
            writer.WriteAttributeString("roleURI", role.Uri);
            writer.WriteAttributeString("id", role.Id);
            writer.WriteElementString("link", "definition", XbrlNamespaces.Link, role.Definition);
            writer.WriteElementString("link", "usedOn", XbrlNamespaces.Link, "link:presentationLink");
            writer.WriteElementString("link", "usedOn", XbrlNamespaces.Link, "link:calculationLink");
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteStartElement("xs", "import", XbrlNamespaces.Xsd);
        writer.WriteAttributeString("namespace", XbrlNamespaces.Xbrli);
        writer.WriteAttributeString("schemaLocation", XbrlNamespaces.InstanceSchemaLocation);
        writer.WriteEndElement();

        foreach (var element in vocabulary.Elements.Concat(vocabulary.ChangeElements).DistinctBy(e => e.Name))
            Item(writer, element.Name, element.ItemType, element.PeriodType, element.Balance, isAbstract: false);
        foreach (var role in taxonomy.Roles)
            Item(writer, role.Heading, "xbrli:stringItemType", PeriodType.Duration, null, isAbstract: true);

        // The forecast marker inside xbrli:scenario (XBRL 2.1 §4.7.4): an ordinary element, not an item.
        writer.WriteStartElement("xs", "element", XbrlNamespaces.Xsd);
        writer.WriteAttributeString("name", vocabulary.ForecastScenarioName);
        writer.WriteAttributeString("id", XbrlTaxonomy.ElementId(vocabulary.ForecastScenarioName));
        writer.WriteStartElement("xs", "complexType", XbrlNamespaces.Xsd);
        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteEndElement();
    });

    private static void LinkbaseRef(XmlWriter writer, string href, string role)
    {
        writer.WriteStartElement("link", "linkbaseRef", XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "simple");
        writer.WriteAttributeString("xlink", "href", XbrlNamespaces.XLink, href);
        writer.WriteAttributeString("xlink", "role", XbrlNamespaces.XLink, role);
        writer.WriteAttributeString("xlink", "arcrole", XbrlNamespaces.XLink, XbrlNamespaces.LinkbaseArcrole);
        writer.WriteEndElement();
    }

    private static void Item(XmlWriter writer, string name, string type, PeriodType periodType, string? balance, bool isAbstract)
    {
        writer.WriteStartElement("xs", "element", XbrlNamespaces.Xsd);
        writer.WriteAttributeString("name", name);
        writer.WriteAttributeString("id", XbrlTaxonomy.ElementId(name));
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("substitutionGroup", "xbrli:item");
        if (isAbstract)
            writer.WriteAttributeString("abstract", "true");
        writer.WriteAttributeString("nillable", "true");
        writer.WriteAttributeString("xbrli", "periodType", XbrlNamespaces.Xbrli, periodType == PeriodType.Instant ? "instant" : "duration");
        if (balance is not null)
            writer.WriteAttributeString("xbrli", "balance", XbrlNamespaces.Xbrli, balance);
        writer.WriteEndElement();
    }
}
