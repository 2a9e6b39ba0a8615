using System.Globalization;
using System.Xml;

namespace IIJReportGen.Xbrl;

/// <summary>Writes the label, presentation and calculation linkbases (XBRL 2.1 §3.5 extended links, §5.2 linkbases), and the
/// parts every linkbase is made of.</summary>
internal static class LinkbaseWriter
{
    private const string DefaultLinkRole = "http://www.xbrl.org/2003/role/link";
    private const string LinkbaseSchemaLocation = "http://www.xbrl.org/2003/linkbase http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd";

    /// <summary>Standard labels in English (and Japanese where the dataset or TSE's label list gives them), documentation labels
    /// for derived figures (§5.2.2); the TDnet summary's elements, axes, members and hypercubes carry TSE's labels.</summary>
    public static byte[] Labels(XbrlTaxonomy taxonomy) => Linkbase(taxonomy.CoreSchemaFileName, [], writer =>
    {
        var vocabulary = taxonomy.Vocabulary;
        writer.WriteStartElement("link", "labelLink", XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "extended");
        writer.WriteAttributeString("xlink", "role", XbrlNamespaces.XLink, DefaultLinkRole);
        var labelled = vocabulary.Elements.Concat(vocabulary.ChangeElements).DistinctBy(e => e.Name)
            .Select(e => (e.Name, e.Label, e.LabelJa, e.Documentation))
            .Concat(taxonomy.Roles.Select(r => (Name: r.Heading, Label: r.Definition, LabelJa: (string?)null, Documentation: (string?)null)))
            .Concat(SummaryNames(taxonomy).Select(n => (n.Name, Label: n.English, LabelJa: (string?)n.Japanese, Documentation: (string?)null)));
        foreach (var (name, label, labelJa, documentation) in labelled)
        {
            Locator(writer, taxonomy.CoreSchemaFileName, name, "loc_" + name);
            Label(writer, name, XbrlNamespaces.StandardLabelRole, "en", label);
            if (labelJa is not null)
                Label(writer, name, XbrlNamespaces.StandardLabelRole, "ja", labelJa);
            if (documentation is not null)
                Label(writer, name, XbrlNamespaces.DocumentationRole, "en", documentation);
            Arc(writer, "labelArc", XbrlNamespaces.ConceptLabelArcrole, "loc_" + name, "label_" + name);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    /// <summary>One tree per table, in the table's line order, under an abstract heading (§5.2.4).</summary>
    public static byte[] Presentation(XbrlTaxonomy taxonomy) => Linkbase(taxonomy.CoreSchemaFileName, taxonomy.Roles.Select(r => (r.Uri, r.Id)), writer =>
    {
        foreach (var role in taxonomy.Roles)
            Tree(writer, taxonomy.CoreSchemaFileName, "presentationLink", "presentationArc", XbrlNamespaces.ParentChildArcrole, role.Uri,
                [(role.Heading, role.Members.Select(m => m.Name).ToList())]);
    });

    /// <summary>The summation-item arcs of each table, in the table's role (§5.2.5).</summary>
    public static byte[] Calculation(XbrlTaxonomy taxonomy)
    {
        var byRole = taxonomy.Calculations.Arcs.GroupBy(a => taxonomy.RoleOf(a.Table.Key)).ToList();
        return Linkbase(taxonomy.CoreSchemaFileName, byRole.Select(g => (g.Key.Uri, g.Key.Id)), writer =>
        {
            foreach (var group in byRole)
            {
                ExtendedLink(writer, "calculationLink", group.Key.Uri);
                foreach (var element in group.SelectMany(a => new[] { a.Parent, a.Child }).DistinctBy(e => e.Name))
                    Locator(writer, taxonomy.CoreSchemaFileName, element.Name, element.Name);
                var order = 0;
                foreach (var arc in group)
                {
                    Arc(writer, "calculationArc", XbrlNamespaces.SummationItemArcrole, arc.Parent.Name, arc.Child.Name);
                    writer.WriteAttributeString("order", (++order).ToString(CultureInfo.InvariantCulture));
                    writer.WriteAttributeString("weight", arc.Weight.ToString(CultureInfo.InvariantCulture));
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
        });
    }

    /// <summary>A linkbase whose locators and role references point into the core schema at <paramref name="core"/> (relative to it);
    /// every custom role it uses is declared by a roleRef (§3.5.2.4), every custom arcrole by an arcroleRef (§3.5.2.5).</summary>
    public static byte[] Linkbase(string core, IEnumerable<(string Uri, string Id)> roles, Action<XmlWriter> body, IEnumerable<(string Uri, string Href)>? arcroles = null) =>
        XmlOutput.Write(writer =>
        {
            writer.WriteStartElement("link", "linkbase", XbrlNamespaces.Link);
            writer.WriteAttributeString("xmlns", "xlink", null, XbrlNamespaces.XLink);
            writer.WriteAttributeString("xmlns", "xsi", null, XbrlNamespaces.Xsi);
            writer.WriteAttributeString("xsi", "schemaLocation", XbrlNamespaces.Xsi, LinkbaseSchemaLocation);
            foreach (var (uri, id) in roles)
                SimpleLink(writer, "roleRef", "roleURI", uri, core + "#" + id);
            foreach (var (uri, href) in arcroles ?? [])
                SimpleLink(writer, "arcroleRef", "arcroleURI", uri, href);
            body(writer);
            writer.WriteEndElement();
        });

    /// <summary>An extended link of <paramref name="role"/> with, per root, the root and its children in order, each child once.</summary>
    public static void Tree(XmlWriter writer, string core, string link, string arcName, string arcrole, string role, IReadOnlyList<(string Root, IReadOnlyList<string> Children)> trees)
    {
        ExtendedLink(writer, link, role);
        foreach (var name in trees.SelectMany(t => t.Children.Prepend(t.Root)).Distinct(StringComparer.Ordinal))
            Locator(writer, core, name, name);
        foreach (var (root, children) in trees)
            for (var i = 0; i < children.Count; i++)
            {
                Arc(writer, arcName, arcrole, root, children[i]);
                writer.WriteAttributeString("order", (i + 1).ToString(CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }
        writer.WriteEndElement();
    }

    public static void ExtendedLink(XmlWriter writer, string name, string role)
    {
        writer.WriteStartElement("link", name, XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "extended");
        writer.WriteAttributeString("xlink", "role", XbrlNamespaces.XLink, role);
    }

    public static void Locator(XmlWriter writer, string core, string name, string label)
    {
        writer.WriteStartElement("link", "loc", XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "locator");
        writer.WriteAttributeString("xlink", "href", XbrlNamespaces.XLink, core + "#" + XbrlTaxonomy.ElementId(name));
        writer.WriteAttributeString("xlink", "label", XbrlNamespaces.XLink, label);
        writer.WriteEndElement();
    }

    /// <summary>Starts an arc; the caller adds order/weight and ends it.</summary>
    public static void Arc(XmlWriter writer, string name, string arcrole, string from, string to)
    {
        writer.WriteStartElement("link", name, XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "arc");
        writer.WriteAttributeString("xlink", "arcrole", XbrlNamespaces.XLink, arcrole);
        writer.WriteAttributeString("xlink", "from", XbrlNamespaces.XLink, from);
        writer.WriteAttributeString("xlink", "to", XbrlNamespaces.XLink, to);
    }

    /// <summary>Every tse-ed-t name the summary declares (elements, hypercube parts, axes, members), once each.</summary>
    private static IEnumerable<Tdnet.TseName> SummaryNames(XbrlTaxonomy taxonomy) =>
        taxonomy.Summary is { } summary
            ? summary.Elements.Select(e => e.Name)
                .Concat(summary.Form.Sections.SelectMany(s => new[] { s.Heading, s.Table, s.LineItems }))
                .Concat(summary.Form.Axes.SelectMany(a => a.Members.Prepend(a.Axis)))
                .Distinct(StringComparer.Ordinal).Select(n => summary.Names[n])
            : [];

    private static void SimpleLink(XmlWriter writer, string name, string uriAttribute, string uri, string href)
    {
        writer.WriteStartElement("link", name, XbrlNamespaces.Link);
        writer.WriteAttributeString(uriAttribute, uri);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "simple");
        writer.WriteAttributeString("xlink", "href", XbrlNamespaces.XLink, href);
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
}
