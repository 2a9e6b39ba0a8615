using System.Globalization;
using IIJReportGen.Layout;

namespace IIJReportGen.Pdf;

/// <summary>Parent, sibling and child links of outline entries, nested by heading level.</summary>
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

    public List<int> Roots { get; } = [];

    public static OutlineTree Build(IReadOnlyList<OutlineEntry> entries)
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

    /// <summary>The outline item dictionary of entry <paramref name="index"/>; objects are numbered root + 1 + index.</summary>
    public string Item(int index, int root, OutlineEntry entry)
    {
        string Ref(int i) => (root + 1 + i).ToString(CultureInfo.InvariantCulture) + " 0 R";
        var parts = new List<string>
        {
            "<</Title " + PdfOutline.TextString(entry.Title),
            "/Parent " + (_parent[index] < 0 ? root.ToString(CultureInfo.InvariantCulture) + " 0 R" : Ref(_parent[index])),
            "/Dest /" + entry.Destination,
        };
        if (_previous[index] >= 0)
            parts.Add("/Prev " + Ref(_previous[index]));
        if (_next[index] >= 0)
            parts.Add("/Next " + Ref(_next[index]));
        if (_children[index].Count > 0)
        {
            parts.Add("/First " + Ref(_children[index][0]));
            parts.Add("/Last " + Ref(_children[index][^1]));
            parts.Add("/Count " + Descendants(index).ToString(CultureInfo.InvariantCulture));
        }
        return string.Join('\n', parts) + ">>";
    }

    private int Descendants(int index) => _children[index].Sum(c => 1 + Descendants(c));
}
