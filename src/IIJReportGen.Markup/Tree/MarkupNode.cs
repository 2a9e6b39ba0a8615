using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>A node of the markup tree: an element or a run of text, with where it comes from (through the XHTML's source map: the template line).</summary>
public abstract class MarkupNode
{
    public abstract SourceLocation Location { get; }

    public MarkupElement? Parent { get; internal set; }
}

/// <summary>Character data as written (whitespace is collapsed later, by the layout writer, as CSS does).</summary>
/// <param name="text">The node's value as the XML reader gives it.</param>
/// <param name="source">The XHTML's source map.</param>
/// <param name="xhtml">The whole XHTML text.</param>
/// <param name="start">The offset of the node's first character in <paramref name="xhtml"/>.</param>
/// <param name="cdata">Whether the node is a CDATA section (no entities inside).</param>
public sealed class MarkupText(string text, SourceMap source, string xhtml, int start, bool cdata) : MarkupNode
{
    private TextOrigin? _origin;
    private SourceLocation? _location;

    /// <summary>Worked out when first asked: only findings ask, and most text nodes are whitespace between elements.</summary>
    public override SourceLocation Location => _location ??= source.Locate(Math.Min(start, Math.Max(xhtml.Length - 1, 0)));

    public string Text { get; } = text;

    /// <summary>Where each character comes from, and the marks over it; worked out when first asked (most text between
    /// elements is whitespace that collapses away unasked).</summary>
    public TextOrigin Origin => _origin ??= TextOffsets.Origin(source, xhtml, start, Text, cdata);
}

/// <summary>An XHTML element of the vocabulary; Inline XBRL wrappers are already unwrapped by the reader.</summary>
public sealed class MarkupElement(string name, IReadOnlyDictionary<string, string> attributes, SourceLocation location) : MarkupNode
{
    public override SourceLocation Location { get; } = location;

    private readonly List<MarkupNode> _children = [];

    /// <summary>Local name in lower case ("td", "h2").</summary>
    public string Name { get; } = name;

    public IReadOnlyDictionary<string, string> Attributes { get; } = attributes;

    public IReadOnlyList<MarkupNode> Children => _children;

    public IEnumerable<MarkupElement> Elements => _children.OfType<MarkupElement>();

    /// <summary>The element's computed style and the resolver that computed it (kept on the element, not in a table per
    /// resolver: a document has thousands of elements).</summary>
    internal ComputedStyle? Style { get; set; }

    internal StyleResolver? ResolvedBy { get; set; }

    /// <summary>On the root: the document is Inline XBRL (it has an ix:header), so only XHTML 1.1 elements may be used.</summary>
    public bool HoldsInlineXbrl { get; internal set; }

    private readonly string[] _classes =
        attributes.TryGetValue("class", out var classes) ? classes.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries) : [];

    public IReadOnlyList<string> Classes => _classes;

    public string? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

    public bool HasClass(string name) => Array.IndexOf(_classes, name) >= 0;

    /// <summary>No element comes before it among its parent's children (CSS :first-child; the root is one).</summary>
    internal bool IsFirstChild => Parent is null || Parent._children.Find(c => c is MarkupElement) == this;

    /// <summary>No element comes after it among its parent's children (CSS :last-child; the root is one).</summary>
    internal bool IsLastChild => Parent is null || Parent._children.FindLast(c => c is MarkupElement) == this;

    /// <summary>The text of all descendants, whitespace collapsed (heading titles for the outline).</summary>
    public string PlainText => string.Join(' ', string.Concat(Descendants().OfType<MarkupText>().Select(t => t.Text))
        .Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Every node below this one, in document order (one walk, not an iterator per level).</summary>
    public IEnumerable<MarkupNode> Descendants()
    {
        var pending = new Stack<(MarkupElement Parent, int Next)>();
        pending.Push((this, 0));
        while (pending.TryPop(out var at))
        {
            if (at.Next == at.Parent._children.Count)
                continue;
            var node = at.Parent._children[at.Next];
            pending.Push((at.Parent, at.Next + 1));
            yield return node;
            if (node is MarkupElement element)
                pending.Push((element, 0));
        }
    }

    internal void Add(MarkupNode child)
    {
        child.Parent = this;
        _children.Add(child);
    }
}
