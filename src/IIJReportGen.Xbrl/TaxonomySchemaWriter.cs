using System.Xml;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Xbrl;

/// <summary>Writes the taxonomy's schemas: the core (roles and elements, no linkbases) and the entry points that import it
/// and name the linkbases of one kind of document.</summary>
/// <remarks>XBRL 2.1 §5.1 (concept definitions: substitutionGroup xbrli:item, periodType, balance only on monetary items),
/// §5.1.3 (roleType with usedOn), §4.3.4 (linkbaseRef in appinfo). A processor's DTS is everything an entry point reaches,
/// so a document that reports only some parts of each total (the summary) gets an entry point without calculations.</remarks>
internal static class TaxonomySchemaWriter
{
    /// <summary>The core schema: one role per table, one element per concept, measure and change.</summary>
    public static byte[] Core(XbrlTaxonomy taxonomy) => XmlOutput.Write(writer =>
    {
        var vocabulary = taxonomy.Vocabulary;
        StartSchema(writer, vocabulary.Namespace);
        writer.WriteAttributeString("xmlns", "xbrli", null, XbrlNamespaces.Xbrli);
        if (taxonomy.Summary is not null)
            writer.WriteAttributeString("xmlns", "xbrldt", null, XbrlNamespaces.Xbrldt);
        writer.WriteAttributeString("xmlns", XbrlVocabulary.Prefix, null, vocabulary.Namespace);

        writer.WriteStartElement("xs", "annotation", XbrlNamespaces.Xsd);
        writer.WriteStartElement("xs", "appinfo", XbrlNamespaces.Xsd);
        foreach (var role in taxonomy.Roles)
            RoleType(writer, role.Uri, role.Id, role.Definition, "link:calculationLink");
        foreach (var role in taxonomy.SummaryRoles)
            RoleType(writer, role.Uri, role.Id, role.Definition, "link:definitionLink");
        writer.WriteEndElement();
        writer.WriteEndElement();

        Import(writer, XbrlNamespaces.Xbrli, XbrlNamespaces.InstanceSchemaLocation);
        if (taxonomy.Summary is not null)
            Import(writer, XbrlNamespaces.Xbrldt, XbrlNamespaces.XbrldtSchemaLocation);

        foreach (var element in vocabulary.Elements.Concat(vocabulary.ChangeElements).DistinctBy(e => e.Name))
            Item(writer, element.Name, element.ItemType, element.PeriodType, element.Balance);
        foreach (var role in taxonomy.Roles)
            Abstract(writer, role.Heading, "xbrli:item");
        if (taxonomy.Summary is { } summary)
            SummaryElements(writer, summary);

        // The forecast marker inside xbrli:scenario (XBRL 2.1 §4.7.4): an ordinary element, not an item.
        writer.WriteStartElement("xs", "element", XbrlNamespaces.Xsd);
        writer.WriteAttributeString("name", vocabulary.ForecastScenarioName);
        writer.WriteAttributeString("id", XbrlTaxonomy.ElementId(vocabulary.ForecastScenarioName));
        writer.WriteStartElement("xs", "complexType", XbrlNamespaces.Xsd);
        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteEndElement();
    });

    /// <summary>An entry point: no elements of its own, the core imported, and the linkbases its documents are read with.</summary>
    public static byte[] EntryPoint(XbrlEntryPoint entry, XbrlVocabulary vocabulary) => XmlOutput.Write(writer =>
    {
        StartSchema(writer, entry.Namespace);
        writer.WriteStartElement("xs", "annotation", XbrlNamespaces.Xsd);
        writer.WriteStartElement("xs", "appinfo", XbrlNamespaces.Xsd);
        foreach (var (href, role) in entry.Linkbases)
            LinkbaseRef(writer, href, role);
        writer.WriteEndElement();
        writer.WriteEndElement();
        Import(writer, vocabulary.Namespace, entry.CoreHref);
        writer.WriteEndElement();
    });

    private static void StartSchema(XmlWriter writer, string targetNamespace)
    {
        writer.WriteStartElement("xs", "schema", XbrlNamespaces.Xsd);
        writer.WriteAttributeString("xmlns", "link", null, XbrlNamespaces.Link);
        writer.WriteAttributeString("xmlns", "xlink", null, XbrlNamespaces.XLink);
        writer.WriteAttributeString("targetNamespace", targetNamespace);
        writer.WriteAttributeString("elementFormDefault", "qualified");
        writer.WriteAttributeString("attributeFormDefault", "unqualified");
    }

    private static void Import(XmlWriter writer, string ns, string location)
    {
        writer.WriteStartElement("xs", "import", XbrlNamespaces.Xsd);
        writer.WriteAttributeString("namespace", ns);
        writer.WriteAttributeString("schemaLocation", location);
        writer.WriteEndElement();
    }

    private static void LinkbaseRef(XmlWriter writer, string href, string role)
    {
        writer.WriteStartElement("link", "linkbaseRef", XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "simple");
        writer.WriteAttributeString("xlink", "href", XbrlNamespaces.XLink, href);
        writer.WriteAttributeString("xlink", "role", XbrlNamespaces.XLink, role);
        writer.WriteAttributeString("xlink", "arcrole", XbrlNamespaces.XLink, XbrlNamespaces.LinkbaseArcrole);
        writer.WriteEndElement();
    }

    private static void RoleType(XmlWriter writer, string uri, string id, string definition, string usedOnBesidesPresentation)
    {
        writer.WriteStartElement("link", "roleType", XbrlNamespaces.Link);
        writer.WriteAttributeString("roleURI", uri);
        writer.WriteAttributeString("id", id);
        writer.WriteElementString("link", "definition", XbrlNamespaces.Link, definition);
        writer.WriteElementString("link", "usedOn", XbrlNamespaces.Link, "link:presentationLink");
        writer.WriteElementString("link", "usedOn", XbrlNamespaces.Link, usedOnBesidesPresentation);
        writer.WriteEndElement();
    }

    /// <summary>The TDnet summary's elements: its items, and for each section the heading, line items and hypercube (XBRL
    /// Dimensions 1.0 §2.2: a hypercube and a dimension are abstract items of xbrldt's substitution groups), the axes and members.</summary>
    private static void SummaryElements(XmlWriter writer, Tdnet.TdnetSummary summary)
    {
        foreach (var element in summary.Elements)
            Item(writer, element.Name, element.ItemType, element.PeriodType, element.Balance);
        foreach (var section in summary.Form.Sections)
        {
            Abstract(writer, section.Heading, "xbrli:item");
            Abstract(writer, section.Table, "xbrldt:hypercubeItem");
            Abstract(writer, section.LineItems, "xbrli:item");
        }
        foreach (var axis in summary.Form.Axes)
        {
            Abstract(writer, axis.Axis, "xbrldt:dimensionItem");
            foreach (var member in axis.Members)
                Abstract(writer, member, "xbrli:item");
        }
    }

    private static void Abstract(XmlWriter writer, string name, string substitutionGroup) =>
        Item(writer, name, "xbrli:stringItemType", PeriodType.Duration, null, substitutionGroup, isAbstract: true);

    private static void Item(XmlWriter writer, string name, string type, PeriodType periodType, string? balance, string substitutionGroup = "xbrli:item", bool isAbstract = false)
    {
        writer.WriteStartElement("xs", "element", XbrlNamespaces.Xsd);
        writer.WriteAttributeString("name", name);
        writer.WriteAttributeString("id", XbrlTaxonomy.ElementId(name));
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("substitutionGroup", substitutionGroup);
        if (isAbstract)
            writer.WriteAttributeString("abstract", "true");
        writer.WriteAttributeString("nillable", "true");
        writer.WriteAttributeString("xbrli", "periodType", XbrlNamespaces.Xbrli, periodType == PeriodType.Instant ? "instant" : "duration");
        if (balance is not null)
            writer.WriteAttributeString("xbrli", "balance", XbrlNamespaces.Xbrli, balance);
        writer.WriteEndElement();
    }
}
