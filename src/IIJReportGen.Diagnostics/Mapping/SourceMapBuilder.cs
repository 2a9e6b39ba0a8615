namespace IIJReportGen.Diagnostics;

/// <summary>
/// Records, while a text is generated, where each range of it comes from and which marks it carries. Ranges may nest
/// (an expression's whole output, then the included template lines inside it): a position takes its innermost range.
/// </summary>
/// <remarks>A part inserted whole (an include's map, then the markup that carries it, then the output that writes it) is kept
/// by reference with its offset, not copied, and is read when the map is built: copied at every level, an include nested
/// three deep had its ranges copied three times, through growing lists. So a part may not change once inserted: a change
/// throws, where it would otherwise move or mark text of the map it was inserted into without a trace.</remarks>
public sealed class SourceMapBuilder
{
    private List<MapSegment> _segments = [];
    private List<TextMark> _marks = [];

    // The parts inserted whole, each after the ranges recorded before it (Before: how many there were).
    private List<InsertedPart>? _parts;

    private static readonly List<InsertedPart> NoParts = [];

    // Set when this builder is inserted into another: from then on it is read by reference (Insert).
    private bool _inserted;

    private readonly record struct InsertedPart(int Before, SourceMapBuilder Part, int At);

    /// <summary>Characters [start, start + length) were copied from <paramref name="file"/> at <paramref name="fileOffset"/> (template text).</summary>
    public void Copied(int start, int length, SourceFile file, int fileOffset)
    {
        ThrowIfInserted();
        if (length > 0)
            _segments.Add(new MapSegment(start, start + length, file, fileOffset, null));
    }

    /// <summary>Characters [start, start + length) were written by what is at <paramref name="location"/> (a template expression).</summary>
    public void Written(int start, int length, SourceLocation location)
    {
        ThrowIfInserted();
        if (length > 0)
            _segments.Add(new MapSegment(start, start + length, null, 0, location));
    }

    /// <summary>Marks [start, start + length) with <paramref name="id"/>.</summary>
    public void Mark(int start, int length, int id)
    {
        ThrowIfInserted();
        _marks.Add(new TextMark(start, length, id));
    }

    /// <summary>Takes over the ranges and marks of a part of the text, generated on its own, that now starts at <paramref name="at"/>.</summary>
    public void Insert(SourceMapBuilder part, int at)
    {
        ThrowIfInserted();
        part._inserted = true;
        (_parts ??= []).Add(new InsertedPart(_segments.Count, part, at));
    }

    /// <summary>The text [at, at + oldLength) was replaced by one of <paramref name="newLength"/> characters: later ranges move, ranges around it stretch.</summary>
    public void Resize(int at, int oldLength, int newLength)
    {
        ThrowIfInserted();
        if (_parts is not null)
        {
            var (segments, marks) = Gathered();
            (_segments, _marks, _parts) = ([.. segments], [.. marks], null);
        }
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

    private void ThrowIfInserted()
    {
        if (_inserted)
            throw new InvalidOperationException("This source map was inserted into another, which reads it when built: record into it before inserting it, or insert a new one.");
    }

    /// <summary>The map of <paramref name="text"/> (named <paramref name="name"/> where the map says nothing).</summary>
    public SourceMap Build(string text, string name)
    {
        var (segments, marks) = Gathered();
        Array.Sort(marks, TextMark.ByStart);
        return new(new SourceFile(name, text), Flatten(segments), marks);
    }

    /// <summary>Every range and mark, the inserted parts' moved to where they were inserted, the ranges in the order recorded.</summary>
    private (MapSegment[] Segments, TextMark[] Marks) Gathered()
    {
        var (segmentCount, markCount) = Counts();
        var (segments, marks) = (new MapSegment[segmentCount], new TextMark[markCount]);
        var (s, m) = (0, 0);
        Gather(segments, ref s, marks, ref m, 0);
        return (segments, marks);
    }

    private (int Segments, int Marks) Counts()
    {
        var (segments, marks) = (_segments.Count, _marks.Count);
        foreach (var inserted in _parts ?? NoParts)
        {
            var (partSegments, partMarks) = inserted.Part.Counts();
            (segments, marks) = (segments + partSegments, marks + partMarks);
        }
        return (segments, marks);
    }

    private void Gather(MapSegment[] segments, ref int s, TextMark[] marks, ref int m, int offset)
    {
        foreach (var mark in _marks)
            marks[m++] = mark with { Start = mark.Start + offset };
        var next = 0;
        foreach (var (before, part, at) in _parts ?? NoParts)
        {
            for (; next < before; next++)
                segments[s++] = _segments[next].Moved(offset);
            part.Gather(segments, ref s, marks, ref m, offset + at);
        }
        for (; next < _segments.Count; next++)
            segments[s++] = _segments[next].Moved(offset);
    }

    /// <summary>Disjoint segments in text order, each position from its innermost range (the last recorded of equal ones).</summary>
    /// <remarks>Counted first, then written into an array of that size: a document's map has thousands of segments, and every
    /// array of them past a few thousand goes to the large-object heap (a growing list and its copy were four such arrays).</remarks>
    private static MapSegment[] Flatten(MapSegment[] segments)
    {
        var order = InnermostLast(segments);
        var flat = new MapSegment[Walk(segments, order, null)];
        Walk(segments, order, flat);
        return flat;
    }

    /// <summary>The indexes of the ranges by start, longer first, then in recorded order.</summary>
    private static int[] InnermostLast(MapSegment[] segments)
    {
        var order = new int[segments.Length];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            var (x, y) = (segments[a], segments[b]);
            return x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End != y.End ? y.End.CompareTo(x.End) : a.CompareTo(b);
        });
        return order;
    }

    /// <summary>Walks the ranges in <paramref name="order"/>, writing the disjoint segments into <paramref name="flat"/> when given; returns their count.</summary>
    private static int Walk(MapSegment[] segments, int[] order, MapSegment[]? flat)
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
            var segment = segments[index];
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
