using System.Xml;

namespace IIJReportGen.Xbrl;

/// <summary>Writes the XBRL 2.1 instance: schemaRef, the contexts and units facts use, then every fact (§4).</summary>
internal static class InstanceWriter
{
    public static byte[] Write(XbrlTaxonomy taxonomy, IReadOnlyList<XbrlFact> facts) => XmlOutput.Write(writer =>
    {
        var vocabulary = taxonomy.Vocabulary;
        writer.WriteStartElement("xbrli", "xbrl", XbrlNamespaces.Xbrli);
        writer.WriteAttributeString("xmlns", "link", null, XbrlNamespaces.Link);
        writer.WriteAttributeString("xmlns", "xlink", null, XbrlNamespaces.XLink);
        writer.WriteAttributeString("xmlns", "xsi", null, XbrlNamespaces.Xsi);
        XbrlResourceWriter.DeclareContentPrefixes(writer, vocabulary);

        writer.WriteStartElement("link", "schemaRef", XbrlNamespaces.Link);
        writer.WriteAttributeString("xlink", "type", XbrlNamespaces.XLink, "simple");
        writer.WriteAttributeString("xlink", "href", XbrlNamespaces.XLink, taxonomy.Vocabulary.SchemaFileName);
        writer.WriteEndElement();

        var contexts = facts.Select(f => f.Context.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var context in vocabulary.Contexts.Where(c => contexts.Contains(c.Id)))
            XbrlResourceWriter.WriteContext(writer, vocabulary, context);
        var units = facts.Select(f => f.Element.UnitId).ToHashSet(StringComparer.Ordinal);
        foreach (var unit in vocabulary.Units.Where(u => units.Contains(u.Id)))
            XbrlResourceWriter.WriteUnit(writer, unit);

        foreach (var fact in facts)
        {
            writer.WriteStartElement(XbrlVocabulary.Prefix, fact.Element.Name, vocabulary.Namespace);
            writer.WriteAttributeString("contextRef", fact.Context.Id);
            writer.WriteAttributeString("unitRef", fact.Element.UnitId);
            // §4.6.3: a nil numeric fact has neither decimals nor precision.
            if (fact.Text is { } text)
            {
                writer.WriteAttributeString("decimals", fact.DecimalsText);
                writer.WriteString(text);
            }
            else
                writer.WriteAttributeString("xsi", "nil", XbrlNamespaces.Xsi, "true");
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });
}
