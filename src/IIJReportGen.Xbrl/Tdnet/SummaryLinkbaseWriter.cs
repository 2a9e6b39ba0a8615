using System.Xml;

namespace IIJReportGen.Xbrl.Tdnet;

/// <summary>Writes the TDnet summary's own linkbases, in its package: the presentation of each section and the definition
/// linkbase with the sections' hypercubes (XBRL Dimensions 1.0), as TDnet's -def.xml has them.</summary>
internal static class SummaryLinkbaseWriter
{
    private const string XbrldtSchema = "http://www.xbrl.org/2005/xbrldt-2005.xsd#";

    /// <summary>Each section's heading over its line items, and the line items over the section's elements.</summary>
    public static byte[] Presentation(XbrlTaxonomy taxonomy)
    {
        var core = Core(taxonomy);
        return LinkbaseWriter.Linkbase(core, taxonomy.SummaryRoles.Select(r => (r.Uri, r.Id)), writer =>
        {
            foreach (var role in taxonomy.SummaryRoles)
                LinkbaseWriter.Tree(writer, core, "presentationLink", "presentationArc", XbrlNamespaces.ParentChildArcrole, role.Uri,
                    [(role.Section.Heading, [role.Section.LineItems]), (role.Section.LineItems, role.Section.Items)]);
        });
    }

    /// <summary>Per section: heading —all (closed, scenario)→ hypercube —hypercube-dimension→ axes —dimension-domain→ the members
    /// the section allows; heading —domain-member→ line items —domain-member→ elements. No axis has a default member, so every
    /// context names a member of each axis, as TDnet's contexts do.</summary>
    public static byte[] Definition(XbrlTaxonomy taxonomy)
    {
        var core = Core(taxonomy);
        var form = taxonomy.Summary!.Form;
        string[] arcroles = [XbrlNamespaces.AllArcrole, XbrlNamespaces.DimensionDomainArcrole, XbrlNamespaces.DomainMemberArcrole, XbrlNamespaces.HypercubeDimensionArcrole];
        return LinkbaseWriter.Linkbase(core, taxonomy.SummaryRoles.Select(r => (r.Uri, r.Id)), writer =>
        {
            foreach (var role in taxonomy.SummaryRoles)
            {
                var section = role.Section;
                var axes = section.Members.Select(form.AxisOf).Distinct(StringComparer.Ordinal).ToList();
                LinkbaseWriter.ExtendedLink(writer, "definitionLink", role.Uri);
                foreach (var name in new[] { section.Heading, section.Table, section.LineItems }.Concat(axes).Concat(section.Members).Concat(section.Items))
                    LinkbaseWriter.Locator(writer, core, name, name);
                Arc(writer, XbrlNamespaces.AllArcrole, section.Heading, section.Table, 1, all: true);
                foreach (var (axis, i) in axes.Select((a, i) => (a, i)))
                    Arc(writer, XbrlNamespaces.HypercubeDimensionArcrole, section.Table, axis, i + 1);
                foreach (var axis in axes)
                    foreach (var (member, i) in section.Members.Where(m => form.AxisOf(m) == axis).Select((m, i) => (m, i)))
                        Arc(writer, XbrlNamespaces.DimensionDomainArcrole, axis, member, i + 1);
                Arc(writer, XbrlNamespaces.DomainMemberArcrole, section.Heading, section.LineItems, 2);
                foreach (var (item, i) in section.Items.Select((item, i) => (item, i)))
                    Arc(writer, XbrlNamespaces.DomainMemberArcrole, section.LineItems, item, i + 1);
                writer.WriteEndElement();
            }
        }, arcroles.Select(a => (a, XbrldtSchema + a[(a.LastIndexOf('/') + 1)..])));
    }

    private static void Arc(XmlWriter writer, string arcrole, string from, string to, int order, bool all = false)
    {
        LinkbaseWriter.Arc(writer, "definitionArc", arcrole, from, to);
        writer.WriteAttributeString("order", order.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (all)
        {
            writer.WriteAttributeString("xbrldt", "closed", XbrlNamespaces.Xbrldt, "true");
            writer.WriteAttributeString("xbrldt", "contextElement", XbrlNamespaces.Xbrldt, "scenario");
        }
        writer.WriteEndElement();
    }

    /// <summary>The core schema as the package's linkbases reach it: the package's own copy, beside them.</summary>
    private static string Core(XbrlTaxonomy taxonomy) => taxonomy.CoreSchemaFileName;
}
