using System.Xml;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup;

/// <summary>
/// Reads XHTML as XML into a <see cref="MarkupElement"/> tree, each node located through the XHTML's source map (the
/// template line that wrote it; the XHTML's own line:col for a file read as is). Inline XBRL is unwrapped here:
/// an <c>ix:*</c> element gives way to its content, and <c>ix:header</c> (the hidden XBRL contexts and units) is dropped whole.
/// </summary>
internal static class XhtmlReader
{
    /// <summary>The root element, or null with one MARKUP001 diagnostic when the text is not well-formed XML.</summary>
    public static MarkupElement? Read(string xhtml, SourceMap source, DiagnosticBag diagnostics)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreComments = true, IgnoreProcessingInstructions = true, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xhtml), settings);
        var lines = (IXmlLineInfo)reader;
        SourceLocation Here() => source.Locate(lines.LineNumber, lines.LinePosition);
        MarkupElement? root = null;
        // Per open element, the element its content goes into (an ix:* wrapper's is the one around it).
        var open = new Stack<MarkupElement?>();
        MarkupElement? Parent() => open.Count > 0 ? open.Peek() : null;
        try
        {
            // Depth of an ix:header being skipped, or -1.
            var skipping = -1;
            while (reader.Read())
            {
                if (skipping >= 0)
                {
                    if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == skipping)
                        skipping = -1;
                    continue;
                }
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.NamespaceURI == XhtmlNamespaces.InlineXbrl:
                        if (reader.LocalName == "header")
                        {
                            skipping = reader.IsEmptyElement ? -1 : reader.Depth;
                            if (root is not null)
                                root.HoldsInlineXbrl = true;
                        }
                        // An ix:* wrapper adds no node: its content attaches to the enclosing element.
                        else if (!reader.IsEmptyElement)
                            open.Push(Parent());
                        break;
                    case XmlNodeType.Element:
                        var element = new MarkupElement(ElementName(reader), Attributes(reader), Here());
                        var parent = Parent();
                        if (parent is null)
                            root ??= element;
                        else
                            parent.Add(element);
                        if (!reader.IsEmptyElement)
                            open.Push(element);
                        break;
                    case XmlNodeType.EndElement:
                        open.Pop();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        Parent()?.Add(new MarkupText(reader.Value, source, xhtml, source.OffsetOf(lines.LineNumber, lines.LinePosition), reader.NodeType == XmlNodeType.CDATA));
                        break;
                }
            }
        }
        catch (XmlException failure)
        {
            var (message, location) = source.Explain(failure);
            diagnostics.Add(Diagnostic.Error(MarkupCodes.NotWellFormed, "The XHTML is not well-formed XML: " + message, location,
                "Close every element, quote every attribute and write entities as &#160; (XHTML has no &nbsp; without a DTD)."));
            return null;
        }
        return root;
    }

    /// <summary>XHTML elements by local name; anything from another namespace keeps its prefix so the vocabulary check names it.</summary>
    private static string ElementName(XmlReader reader) =>
        reader.NamespaceURI is XhtmlNamespaces.Xhtml or "" ? reader.LocalName.ToLowerInvariant() : reader.Name;

    /// <summary>The element's attributes; one shared empty set for the many elements without any (read-only to every reader).</summary>
    private static IReadOnlyDictionary<string, string> Attributes(XmlReader reader)
    {
        if (!reader.HasAttributes || !reader.MoveToFirstAttribute())
            return ElementAttributes.None;
        var pairs = new KeyValuePair<string, string>[reader.AttributeCount];
        var count = 0;
        do
        {
            if (reader.Prefix != "xmlns" && reader.Name != "xmlns")
                pairs[count++] = new(reader.Name, reader.Value);
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
        if (count < pairs.Length)
            Array.Resize(ref pairs, count); // namespace declarations are no attributes of the vocabulary
        return count == 0 ? ElementAttributes.None : new ElementAttributes(pairs);
    }
}
