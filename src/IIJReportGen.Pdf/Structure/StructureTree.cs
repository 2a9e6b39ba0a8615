using System.Text;
using IIJReportGen.Layout;

namespace IIJReportGen.Pdf;

/// <summary>
/// The logical structure of a tagged PDF: a Document element holding the elements the layout marked, in the order they
/// were first met (the reading order), each with its marked content, child elements and link annotations; the parent
/// tree that leads from a page's marked content and from an annotation back to its element.
/// </summary>
internal sealed class StructureTree
{
    private readonly PdfFile _file;
    private readonly Dictionary<StructureElement, Node> _nodes = new(ReferenceEqualityComparer.Instance);
    private readonly List<Node> _all = [];
    private readonly SortedDictionary<int, string> _parentTree = [];

    public StructureTree(PdfFile file)
    {
        _file = file;
        Number = file.Reserve();
        Root = NewNode("Document", null, null);
    }

    /// <summary>The StructTreeRoot's object number.</summary>
    public int Number { get; }

    public Node Root { get; }

    /// <summary>An element's node; met for the first time, it becomes the last child of <paramref name="parent"/>.</summary>
    public Node Open(StructureElement element, Node parent)
    {
        if (!_nodes.TryGetValue(element, out var node))
        {
            node = NewNode(element.Role.ToString(), element, parent);
            parent.Kids.Add(PdfSyntax.Reference(node.Number));
            _nodes.Add(element, node);
        }
        return node;
    }

    /// <summary>Adds marked content <paramref name="mcid"/> of page <paramref name="page"/> to <paramref name="node"/>.</summary>
    public void AddContent(Node node, int page, int mcid)
    {
        node.Page ??= page;
        node.Kids.Add(node.Page == page ? PdfSyntax.Integer(mcid)
            : "<</Type /MCR /Pg " + PdfSyntax.Reference(page) + " /MCID " + PdfSyntax.Integer(mcid) + ">>");
    }

    /// <summary>A parent-tree key for a page, whose MCIDs 0, 1, … belong to <paramref name="owners"/> in order.</summary>
    public int AddPage(IReadOnlyList<Node> owners)
    {
        var key = _parentTree.Count;
        _parentTree.Add(key, "[" + string.Join(' ', owners.Select(o => PdfSyntax.Reference(o.Number))) + "]");
        return key;
    }

    /// <summary>Makes annotation <paramref name="annotation"/> a child of <paramref name="node"/>; returns its parent-tree key (/StructParent).</summary>
    public int AddAnnotation(Node node, int annotation, int page)
    {
        node.Page ??= page;
        node.Kids.Add("<</Type /OBJR /Obj " + PdfSyntax.Reference(annotation) + " /Pg " + PdfSyntax.Reference(page) + ">>");
        var key = _parentTree.Count;
        _parentTree.Add(key, PdfSyntax.Reference(node.Number));
        return key;
    }

    public void Write()
    {
        foreach (var node in _all)
            _file.Write(node.Number, node.Dictionary(node.Parent?.Number ?? Number));
        var nums = new StringBuilder("<</Nums [");
        foreach (var (key, value) in _parentTree)
            nums.Append(PdfSyntax.Integer(key)).Append(' ').Append(value).Append(' ');
        var parentTree = _file.Write(nums.Append("]>>").ToString());
        _file.Write(Number, "<</Type /StructTreeRoot /K [" + PdfSyntax.Reference(Root.Number) + "] /ParentTree " + PdfSyntax.Reference(parentTree)
            + " /ParentTreeNextKey " + PdfSyntax.Integer(_parentTree.Count) + ">>");
    }

    private Node NewNode(string role, StructureElement? element, Node? parent)
    {
        var node = new Node(_file.Reserve(), role, element, parent);
        _all.Add(node);
        return node;
    }

    /// <summary>One structure element (/StructElem): its role, parent, first page and kids as written.</summary>
    internal sealed class Node(int number, string role, StructureElement? element, Node? parent)
    {
        public int Number { get; } = number;

        public string Role { get; } = role;

        public Node? Parent { get; } = parent;

        /// <summary>The page whose MCIDs the kids list as plain numbers (/Pg).</summary>
        public int? Page { get; set; }

        public List<string> Kids { get; } = [];

        public string Dictionary(int parent)
        {
            var entries = new StringBuilder("<</S /").Append(Role).Append(" /P ").Append(PdfSyntax.Reference(parent));
            if (Page is { } page)
                entries.Append(" /Pg ").Append(PdfSyntax.Reference(page));
            if (element?.AlternateText is { } alt)
                entries.Append(" /Alt ").Append(PdfSyntax.Text(alt));
            // PDF/UA wants every note identifiable (an /ID unique in the file); the object number is.
            if (Role == nameof(StructureRole.Note))
                entries.Append(" /ID (note-").Append(PdfSyntax.Integer(Number)).Append(')');
            if (Attributes() is { Length: > 0 } attributes)
                entries.Append(" /A <</O /Table").Append(attributes).Append(">>");
            return entries.Append(" /K [").Append(string.Join(' ', Kids)).Append("]>>").ToString();
        }

        private string Attributes()
        {
            var attributes = "";
            if (element?.Scope is { } scope)
                attributes += " /Scope /" + scope;
            if (element is { ColumnSpan: > 1 } cell)
                attributes += " /ColSpan " + PdfSyntax.Integer(cell.ColumnSpan);
            return attributes;
        }
    }
}
