using System.Globalization;
using System.Xml;

namespace IIJReportGen.Xbrl;

/// <summary>Writes the label, presentation and calculation linkbases (XBRL 2.1 §3.5 extended links, §5.2 linkbases).</summary>
internal static class LinkbaseWriter
{
    private const string DefaultLinkRole = "http://www.xbrl.org/2003/role/link";
    private const string LinkbaseSchemaLocation = "http://www.xbrl.org/2003/linkbase http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd";

    /// <summary>Standard labels in English (and Japanese where the dataset gives them), documentation labels for derived figures (§5.2.2).</summary>
    public static byte[] Labels(XbrlTaxonomy taxonomy) => Linkbase(taxonomy, [], writer =>
    {
        var vocabulary = taxonomy.Vocabulary;
        writer.WriteStartElement("link", "labelLink", XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "extended");
        writer.WriteAttributeString("xlink", "role", XbrlNamespaces.XLink, DefaultLinkRole);
        var labelled = vocabulary.Elements.Concat(vocabulary.ChangeElements).DistinctBy(e => e.Name)
            .Select(e => (e.Name, e.Label, e.LabelJa, e.Documentation))
            .Concat(taxonomy.Roles.Select(r => (Name: r.Heading, Label: r.Definition, LabelJa: (string?)null, Documentation: (string?)null)));
        foreach (var (name, label, labelJa, documentation) in labelled)
        {
            Locator(writer, taxonomy, name, "loc_" + name);
            Label(writer, name, XbrlNamespaces.StandardLabelRole, "en", label);
            if (labelJa is not null)
                Label(writer, name, XbrlNamespaces.StandardLabelRole, "ja", labelJa);
            if (documentation is not null)
                Label(writer, name, XbrlNamespaces.DocumentationRole, "en", documentation);
            Arc(writer, XbrlNamespaces.ConceptLabelArcrole, "loc_" + name, "label_" + name);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    /// <summary>One tree per table, in the table's line order, under an abstract heading (§5.2.4).</summary>
    public static byte[] Presentation(XbrlTaxonomy taxonomy) => Linkbase(taxonomy, taxonomy.Roles, writer =>
    {
        foreach (var role in taxonomy.Roles)
        {
            ExtendedLink(writer, "presentationLink", role.Uri);
            Locator(writer, taxonomy, role.Heading, role.Heading);
            foreach (var member in role.Members)
                Locator(writer, taxonomy, member.Name, member.Name);
            for (var i = 0; i < role.Members.Count; i++)
            {
                Arc(writer, XbrlNamespaces.ParentChildArcrole, role.Heading, role.Members[i].Name);
                writer.WriteAttributeString("order", (i + 1).ToString(CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
    });

    /// <summary>The summation-item arcs of each table, in the table's role (§5.2.5).</summary>
    public static byte[] Calculation(XbrlTaxonomy taxonomy)
    {
        var byRole = taxonomy.Calculations.Arcs.GroupBy(a => taxonomy.RoleOf(a.Table.Key)).ToList();
        return Linkbase(taxonomy, byRole.Select(g => g.Key), writer =>
        {
            foreach (var group in byRole)
            {
                ExtendedLink(writer, "calculationLink", group.Key.Uri);
                foreach (var element in group.SelectMany(a => new[] { a.Parent, a.Child }).DistinctBy(e => e.Name))
                    Locator(writer, taxonomy, element.Name, element.Name);
                var order = 0;
                foreach (var arc in group)
                {
                    Arc(writer, XbrlNamespaces.SummationItemArcrole, arc.Parent.Name, arc.Child.Name);
                    writer.WriteAttributeString("order", (++order).ToString(CultureInfo.InvariantCulture));
                    writer.WriteAttributeString("weight", arc.Weight.ToString(CultureInfo.InvariantCulture));
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
        });
    }

    private static byte[] Linkbase(XbrlTaxonomy taxonomy, IEnumerable<XbrlRole> roles, Action<XmlWriter> body) => XmlOutput.Write(writer =>
    {
        writer.WriteStartElement("link", "linkbase", XbrlNamespaces.Link);
        writer.WriteAttributeString("xmlns", "xlink", null, XbrlNamespaces.XLink);
        writer.WriteAttributeString("xmlns", "xsi", null, XbrlNamespaces.Xsi);
        writer.WriteAttributeString("xsi", "schemaLocation", XbrlNamespaces.Xsi, LinkbaseSchemaLocation);
        // Every custom role used in a linkbase is declared there by a roleRef to its roleType (§3.5.2.4).
        foreach (var role in roles)
        {
            writer.WriteStartElement("link", "roleRef", XbrlNamespaces.Link);
            writer.WriteAttributeString("roleURI", role.Uri);
            writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "simple");
            writer.WriteAttributeString("xlink", "href", XbrlNamespaces.XLink, taxonomy.CoreSchemaFileName + "#" + role.Id);
            writer.WriteEndElement();
        }
        body(writer);
        writer.WriteEndElement();
    });

    private static void ExtendedLink(XmlWriter writer, string name, string role)
    {
        writer.WriteStartElement("link", name, XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "extended");
        writer.WriteAttributeString("xlink", "role", XbrlNamespaces.XLink, role);
    }

    private static void Locator(XmlWriter writer, XbrlTaxonomy taxonomy, string name, string label)
    {
        writer.WriteStartElement("link", "loc", XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "locator");
        writer.WriteAttributeString("xlink", "href", XbrlNamespaces.XLink, taxonomy.CoreSchemaFileName + "#" + XbrlTaxonomy.ElementId(name));
        writer.WriteAttributeString("xlink", "label", XbrlNamespaces.XLink, label);
        writer.WriteEndElement();
    }

    private static void Label(XmlWriter writer, string name, string role, string language, string text)
    {
        writer.WriteStartElement("link", "label", XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "resource");
        writer.WriteAttributeString("xlink", "label", XbrlNamespaces.XLink, "label_" + name);
        writer.WriteAttributeString("xlink", "role", XbrlNamespaces.XLink, role);
        writer.WriteAttributeString("xml", "lang", XbrlNamespaces.XmlLang, language);
        writer.WriteString(text);
        writer.WriteEndElement();
    }

    /// <summary>Starts an arc; the caller adds order/weight and ends it.</summary>
    private static void Arc(XmlWriter writer, string arcrole, string from, string to)
    {
        writer.WriteStartElement("link", arcrole == XbrlNamespaces.ConceptLabelArcrole ? "labelArc"
            : arcrole == XbrlNamespaces.ParentChildArcrole ? "presentationArc" : "calculationArc", XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "arc");
        writer.WriteAttributeString("xlink", "arcrole", XbrlNamespaces.XLink, arcrole);
        writer.WriteAttributeString("xlink", "from", XbrlNamespaces.XLink, from);
        writer.WriteAttributeString("xlink", "to", XbrlNamespaces.XLink, to);
    }
}
