using System.Text;
using System.Xml;
using System.Xml.Linq;
using IIJReportGen.Review.Alignment;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Review.Documents;

/// <summary>A paragraph, heading or list item: its element, the heading it falls under, and its sentences.</summary>
public sealed record ProseBlock(string Element, string Section, IReadOnlyList<string> Sentences)
{
    public string Text => string.Join(' ', Sentences);
}

/// <summary>One body row of a table: its label (the first cell) and its cells by column position (after colspan).</summary>
public sealed record TableRow(string Label, IReadOnlyList<string> Cells);

/// <summary>A table: its number in the document, its name (caption, else the heading above it), column headings and body rows.</summary>
public sealed record TableBlock(int Number, string Name, IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows);

/// <summary>The reader's view of an XHTML document: the prose blocks and the tables, each in document order.</summary>
/// <remarks>Elements are read by their role in the <see cref="XhtmlVocabulary"/> the documents are written in; an element
/// outside it (an ix:* wrapper) is transparent.</remarks>
public sealed class XhtmlDocument
{
    private static readonly XNamespace InlineXbrl = XhtmlNamespaces.InlineXbrl;

    private readonly List<ProseBlock> _prose = [];
    private readonly List<TableBlock> _tables = [];
    private readonly StringBuilder _pending = new();
    private string _section = "";

    private XhtmlDocument()
    {
    }

    public IReadOnlyList<ProseBlock> Prose => _prose;

    public IReadOnlyList<TableBlock> Tables => _tables;

    /// <summary>Reads a well-formed XHTML document (Inline XBRL elements are transparent, the hidden ix:header is skipped).</summary>
    /// <exception cref="XmlException">The text is not well-formed XML; the message has the line and position.</exception>
    public static XhtmlDocument Parse(string xhtml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xhtml), settings);
        var root = XDocument.Load(reader).Root!;
        var document = new XhtmlDocument();
        document.Walk(root);
        document.Flush();
        return document;
    }

    private void Walk(XElement element)
    {
        var name = element.Name.LocalName;
        if (IsHidden(element))
            return;
        if (name == "table")
        {
            Flush();
            _tables.Add(ReadTable(element));
            return;
        }
        if (IsProse(name))
        {
            Flush();
            AddProse(name, TextOf(element));
            foreach (var nested in element.Elements().Where(e => IsNestedBlock(e.Name.LocalName)))
                Walk(nested);
            return;
        }
        if (IsInline(name))
        {
            Collect(element, _pending);
            return;
        }
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
                _pending.Append(text.Value);
            else if (node is XElement child)
                Walk(child);
        }
        Flush();
    }

    /// <summary>Loose text directly inside a container (a div with text) is a paragraph of its own.</summary>
    private void Flush()
    {
        var text = Redline.Normalize(_pending.ToString());
        _pending.Clear();
        if (text.Length > 0)
            AddProse("div", text);
    }

    private void AddProse(string element, string text)
    {
        if (text.Length == 0)
            return;
        if (element.Length == 2 && element[0] == 'h')
            _section = text;
        _prose.Add(new ProseBlock(element, _section, SentenceSplitter.Split(text)));
    }

    private TableBlock ReadTable(XElement table)
    {
        var caption = table.Elements().FirstOrDefault(e => e.Name.LocalName == "caption") is { } c ? TextOf(c) : "";
        var rows = table.Descendants().Where(e => e.Name.LocalName == "tr" && OwnTable(e) == table).ToList();
        var headerRows = rows.Where(r => r.Parent?.Name.LocalName == "thead").ToList();
        if (headerRows.Count == 0)
            headerRows = rows.TakeWhile(r => r.Elements().Any() && r.Elements().All(cell => cell.Name.LocalName == "th")).ToList();
        var headerCells = headerRows.Select(Cells).ToList();
        var width = rows.Select(r => Cells(r).Count).DefaultIfEmpty(0).Max();
        var columns = Enumerable.Range(0, width)
            .Select(i => string.Join(" / ", headerCells.Select(h => i < h.Count ? h[i] : "").Where(t => t.Length > 0).Distinct()))
            .ToList();
        var body = rows.Except(headerRows).Select(Cells).Where(cells => cells.Count > 0)
            .Select(cells => new TableRow(cells[0], cells)).ToList();
        return new TableBlock(_tables.Count + 1, caption.Length > 0 ? caption : _section, columns, body);
    }

    /// <summary>Not shown to a reader: the head (title, styles), and the Inline XBRL header (contexts and units).</summary>
    private static bool IsHidden(XElement element) =>
        XhtmlVocabulary.KindOf(element.Name.LocalName) == ElementKind.Head || element.Name == InlineXbrl + "header";

    /// <summary>A block of prose: a paragraph, a heading or a list item (div and section only hold blocks).</summary>
    private static bool IsProse(string name) => name == "p" || XhtmlVocabulary.KindOf(name) is ElementKind.Heading or ElementKind.ListItem;

    private static bool IsInline(string name) => XhtmlVocabulary.KindOf(name) is ElementKind.Inline or ElementKind.LineBreak;

    /// <summary>Lists and tables inside prose are blocks of their own.</summary>
    private static bool IsNestedBlock(string name) => XhtmlVocabulary.KindOf(name) is ElementKind.List or ElementKind.Table;

    private static XElement? OwnTable(XElement row) => row.Ancestors().FirstOrDefault(a => a.Name.LocalName == "table");

    /// <summary>The texts of a row's cells, a cell spanning n columns repeated n times so positions line up with the headings.</summary>
    private static List<string> Cells(XElement row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements().Where(e => e.Name.LocalName is "td" or "th"))
        {
            var span = int.TryParse((string?)cell.Attribute("colspan"), out var n) && n > 1 ? Math.Min(n, 100) : 1;
            var text = TextOf(cell);
            for (var i = 0; i < span; i++)
                cells.Add(text);
        }
        return cells;
    }

    /// <summary>The text a reader sees in an element, without nested lists and tables (they are blocks of their own).</summary>
    private static string TextOf(XElement element)
    {
        var text = new StringBuilder();
        Collect(element, text);
        return Redline.Normalize(text.ToString());
    }

    private static void Collect(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText t)
            {
                text.Append(t.Value);
            }
            else if (node is XElement child && !IsNestedBlock(child.Name.LocalName) && !IsHidden(child))
            {
                if (child.Name.LocalName == "br" || !IsInline(child.Name.LocalName) && child.Name.Namespace == element.Name.Namespace)
                    text.Append(' ');
                Collect(child, text);
            }
        }
    }
}
