using IIJReportGen.Layout;

namespace IIJReportGen.Pdf;

/// <summary>The /Outlines tree (bookmarks): entries nested by heading level, each pointing at its named destination.</summary>
internal sealed class OutlineTree
{
    private readonly int[] _parent;
    private readonly int[] _previous;
    private readonly int[] _next;
    private readonly List<int>[] _children;

    private OutlineTree(int count)
    {
        _parent = Enumerable.Repeat(-1, count).ToArray();
        _previous = Enumerable.Repeat(-1, count).ToArray();
        _next = Enumerable.Repeat(-1, count).ToArray();
        _children = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
    }

    private List<int> Roots { get; } = [];

    /// <summary>Writes the outline and returns its root object, or null when there are no entries.</summary>
    public static int? Write(PdfFile file, IReadOnlyList<OutlineEntry> entries)
    {
        if (entries.Count == 0)
            return null;
        var tree = Build(entries);
        var root = file.Reserve();
        var items = entries.Select(_ => file.Reserve()).ToArray();
        file.Write(root, "<</Type /Outlines /First " + PdfSyntax.Reference(items[tree.Roots[0]]) + " /Last " + PdfSyntax.Reference(items[tree.Roots[^1]])
            + " /Count " + PdfSyntax.Integer(entries.Count) + ">>");
        for (var i = 0; i < entries.Count; i++)
            file.Write(items[i], tree.Item(i, root, items, entries[i]));
        return root;
    }

    private static OutlineTree Build(IReadOnlyList<OutlineEntry> entries)
    {
        var tree = new OutlineTree(entries.Count);
        var open = new Stack<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            // A level-3 entry after a level-1 one becomes its child: skipped levels never lose an entry.
            while (open.Count > 0 && entries[open.Peek()].Level >= entries[i].Level)
                open.Pop();
            var siblings = open.Count == 0 ? tree.Roots : tree._children[open.Peek()];
            tree._parent[i] = open.Count == 0 ? -1 : open.Peek();
            if (siblings.Count > 0)
            {
                tree._previous[i] = siblings[^1];
                tree._next[siblings[^1]] = i;
            }
            siblings.Add(i);
            open.Push(i);
        }
        return tree;
    }

    private string Item(int index, int root, int[] items, OutlineEntry entry)
    {
        var parts = new List<string>
        {
            "<</Title " + PdfSyntax.Text(entry.Title),
            "/Parent " + PdfSyntax.Reference(_parent[index] < 0 ? root : items[_parent[index]]),
            "/Dest " + PdfSyntax.Name(entry.Destination),
        };
        if (_previous[index] >= 0)
            parts.Add("/Prev " + PdfSyntax.Reference(items[_previous[index]]));
        if (_next[index] >= 0)
            parts.Add("/Next " + PdfSyntax.Reference(items[_next[index]]));
        if (_children[index].Count > 0)
        {
            parts.Add("/First " + PdfSyntax.Reference(items[_children[index][0]]));
            parts.Add("/Last " + PdfSyntax.Reference(items[_children[index][^1]]));
            parts.Add("/Count " + PdfSyntax.Integer(Descendants(index)));
        }
        return string.Join(' ', parts) + ">>";
    }

    private int Descendants(int index) => _children[index].Sum(c => 1 + Descendants(c));
}
