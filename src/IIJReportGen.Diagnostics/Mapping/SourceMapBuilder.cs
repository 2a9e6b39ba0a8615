namespace IIJReportGen.Diagnostics;

/// <summary>
/// Records, while a text is generated, where each range of it comes from and which marks it carries. Ranges may nest
/// (an expression's whole output, then the included template lines inside it): a position takes its innermost range.
/// </summary>
public sealed class SourceMapBuilder
{
    private readonly List<MapSegment> _segments = [];
    private readonly List<TextMark> _marks = [];

    /// <summary>Characters [start, start + length) were copied from <paramref name="file"/> at <paramref name="fileOffset"/> (template text).</summary>
    public void Copied(int start, int length, SourceFile file, int fileOffset)
    {
        if (length > 0)
            _segments.Add(new MapSegment(start, start + length, file, fileOffset, null));
    }

    /// <summary>Characters [start, start + length) were written by what is at <paramref name="location"/> (a template expression).</summary>
    public void Written(int start, int length, SourceLocation location)
    {
        if (length > 0)
            _segments.Add(new MapSegment(start, start + length, null, 0, location));
    }

    /// <summary>Marks [start, start + length) with <paramref name="id"/>.</summary>
    public void Mark(int start, int length, int id) => _marks.Add(new TextMark(start, length, id));

    /// <summary>Takes over the ranges and marks of a part of the text, generated on its own, that now starts at <paramref name="at"/>.</summary>
    public void Insert(SourceMapBuilder part, int at)
    {
        _segments.AddRange(part._segments.Select(s => s.Moved(at)));
        _marks.AddRange(part._marks.Select(m => m with { Start = m.Start + at }));
    }

    /// <summary>The text [at, at + oldLength) was replaced by one of <paramref name="newLength"/> characters: later ranges move, ranges around it stretch.</summary>
    public void Resize(int at, int oldLength, int newLength)
    {
        var delta = newLength - oldLength;
        var end = at + oldLength;
        for (var i = 0; i < _segments.Count; i++)
        {
            var s = _segments[i];
            _segments[i] = s.Start >= end ? s.Moved(delta) : s.End >= end ? s with { End = s.End + delta } : s;
        }
        for (var i = 0; i < _marks.Count; i++)
            if (_marks[i].Start >= end)
                _marks[i] = _marks[i] with { Start = _marks[i].Start + delta };
    }

    /// <summary>The map of <paramref name="text"/> (named <paramref name="name"/> where the map says nothing).</summary>
    public SourceMap Build(string text, string name) =>
        new(new SourceFile(name, text), Flatten(), [.. _marks.Order(TextMark.ByStart)]);

    /// <summary>Disjoint segments in text order, each position from its innermost range (the last recorded of equal ones).</summary>
    /// <remarks>Counted first, then written into an array of that size: a document's map has thousands of segments, and every
    /// array of them past a few thousand goes to the large-object heap (a growing list and its copy were four such arrays).</remarks>
    private MapSegment[] Flatten()
    {
        var order = InnermostLast();
        var flat = new MapSegment[Walk(order, null)];
        Walk(order, flat);
        return flat;
    }

    /// <summary>The indexes of the ranges by start, longer first, then in recorded order.</summary>
    private int[] InnermostLast()
    {
        var order = new int[_segments.Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            var (x, y) = (_segments[a], _segments[b]);
            return x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End != y.End ? y.End.CompareTo(x.End) : a.CompareTo(b);
        });
        return order;
    }

    /// <summary>Walks the ranges in <paramref name="order"/>, writing the disjoint segments into <paramref name="flat"/> when given; returns their count.</summary>
    private int Walk(int[] order, MapSegment[]? flat)
    {
        var open = new Stack<MapSegment>();
        var position = 0;
        var count = 0;
        void Emit(MapSegment segment, int to)
        {
            if (to > position)
            {
                if (flat is not null)
                    flat[count] = segment.Part(position, to);
                count++;
            }
            position = Math.Max(position, to);
        }
        foreach (var index in order)
        {
            var segment = _segments[index];
            while (open.Count > 0 && open.Peek().End <= segment.Start)
            {
                var done = open.Pop();
                Emit(done, done.End);
            }
            if (open.Count > 0)
                Emit(open.Peek(), segment.Start);
            position = Math.Max(position, segment.Start);
            open.Push(segment);
        }
        while (open.Count > 0)
        {
            var done = open.Pop();
            Emit(done, done.End);
        }
        return count;
    }
}
