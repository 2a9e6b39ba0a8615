using System.Xml;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Xbrl;

/// <summary>Writes the ix:header (ix:references with link:schemaRef, ix:resources with the contexts and units actually used) for an Inline XBRL document.</summary>
/// <remarks>Inline XBRL 1.1 §4.1.1 (ix:header), §12 (ix:references), §14 (ix:resources). The caller places it in a hidden element (display:none).</remarks>
public static class InlineXbrlHeader
{
    /// <summary>The schemaRef href, relative to the iXBRL document: the summary entry point in xbrl/ next to it.</summary>
    public static string SchemaHref(XbrlVocabulary vocabulary) => "xbrl/" + vocabulary.SummarySchemaFileName;

    public static void Write(XmlWriter writer, XbrlVocabulary vocabulary, IEnumerable<string> periodKeys, IEnumerable<string> conceptOrMeasureIds)
    {
        var periods = new HashSet<string>(periodKeys, StringComparer.Ordinal);
        var ids = new HashSet<string>(conceptOrMeasureIds, StringComparer.Ordinal);
        var units = new HashSet<string>(ids.Select(vocabulary.UnitId).OfType<string>(), StringComparer.Ordinal);
        // A tagged figure may be shown as its year-on-year change, whose unit is pure.
        foreach (var id in ids)
            if (vocabulary.ChangeElement(id) is { } change)
                units.Add(change.UnitId);

        writer.WriteStartElement("ix", "header", XhtmlNamespaces.InlineXbrl);
        XbrlResourceWriter.DeclareContentPrefixes(writer, vocabulary);
        writer.WriteStartElement("ix", "references", XhtmlNamespaces.InlineXbrl);
        writer.WriteStartElement("link", "schemaRef", XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "simple");
        writer.WriteAttributeString("xlink", "href", XbrlNamespaces.XLink, SchemaHref(vocabulary));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("ix", "resources", XhtmlNamespaces.InlineXbrl);
        foreach (var context in vocabulary.Contexts.Where(c => periods.Contains(c.Period.Key)))
            XbrlResourceWriter.WriteContext(writer, vocabulary, context);
        foreach (var unit in vocabulary.Units.Where(u => units.Contains(u.Id)))
            XbrlResourceWriter.WriteUnit(writer, unit);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
