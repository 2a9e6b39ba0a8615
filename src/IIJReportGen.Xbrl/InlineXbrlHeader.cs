using System.Xml;
using IIJReportGen.Xbrl.Tdnet;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Xbrl;

/// <summary>Writes the ix:header of the TDnet summary: ix:hidden with the facts TDnet keeps out of sight, ix:references with
/// the schemaRef to the summary's entry point, ix:resources with the contexts and units actually used.</summary>
/// <remarks>Inline XBRL 1.1 §4.1.1 (ix:header), §11 (ix:hidden), §12 (ix:references), §14 (ix:resources). The caller places it in a
/// hidden element (display:none).</remarks>
public static class InlineXbrlHeader
{
    /// <param name="writer">Where to write.</param>
    /// <param name="summary">The summary the document is a rendering of.</param>
    /// <param name="folder">The document's folder, relative to the build's output folder ("" or "XBRLData/Summary"): the schemaRef is relative to it.</param>
    /// <param name="contextIds">The contexts the document's facts refer to (summary context ids).</param>
    /// <param name="unitIds">The units they refer to.</param>
    /// <param name="hidden">Writes the hidden facts (already tagged), or nothing.</param>
    public static void Write(XmlWriter writer, TdnetSummary summary, string folder, IEnumerable<string> contextIds, IEnumerable<string> unitIds, Action<XmlWriter> hidden)
    {
        var contexts = new HashSet<string>(contextIds, StringComparer.Ordinal);
        var units = new HashSet<string>(unitIds, StringComparer.Ordinal);
        var vocabulary = summary.Vocabulary;
        writer.WriteStartElement("ix", "header", XhtmlNamespaces.InlineXbrl);
        XbrlResourceWriter.DeclareContentPrefixes(writer, vocabulary);
        writer.WriteStartElement("ix", "hidden", XhtmlNamespaces.InlineXbrl);
        hidden(writer);
        writer.WriteEndElement();
        writer.WriteStartElement("ix", "references", XhtmlNamespaces.InlineXbrl);
        writer.WriteStartElement("link", "schemaRef", XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "simple");
        writer.WriteAttributeString("xlink", "href", XbrlNamespaces.XLink, summary.SchemaHref(folder));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("ix", "resources", XhtmlNamespaces.InlineXbrl);
        foreach (var id in contexts.Order(StringComparer.Ordinal))
            XbrlResourceWriter.WriteContext(writer, vocabulary, summary.Context(id));
        foreach (var unit in vocabulary.Units.Where(u => units.Contains(u.Id)))
            XbrlResourceWriter.WriteUnit(writer, unit);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
