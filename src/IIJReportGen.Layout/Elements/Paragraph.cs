namespace IIJReportGen.Layout;

/// <summary>Rich text: spans shaped with HarfBuzz, broken into lines, split across pages without single orphan or widow lines.</summary>
public sealed class Paragraph : Element
{
    // The tree of a long table holds a paragraph per cell for the whole render, so a paragraph keeps little of its own: one
    // span as itself (most paragraphs, a table cell's: no array), several in an array of exactly their number once laid out,
    // and its layout state in an object that exists only while it is laid out.
    private object? _spans;
    private int _spanCount;
    private Setting? _setting;
    private bool _laidOut;

    /// <summary>
    /// What a paragraph keeps from its first measure to its last line drawn: its shaped pieces, its lines at the last two
    /// widths it was measured at, and the first line not drawn yet. Given back when the last line is drawn (see <see cref="Element"/>).
    /// </summary>
    /// <remarks>
    /// A setting lives a page at most (longer only for a paragraph split over pages or measured long before it is drawn), so
    /// settings given back are reused with their arrays, emptied meanwhile: a setting, a pieces array and a lines array per
    /// paragraph were ~200 bytes allocated a table cell, which the collections paid for.
    /// </remarks>
    private sealed class Setting
    {
        // Enough for the paragraphs being laid out at once on a page (a table page: ~200 cells); more are dropped.
        private const int MostSpare = 1024;

        // A setting whose arrays grew past this (a long paragraph) is not kept spare: it would hold them for good.
        private const int LongestKept = 64;

        [ThreadStatic]
        private static Stack<Setting>? _spare;

        private TextPiece[] _pieces = [];
        private int _pieceCount;
        private LinesAt _recent = new() { Buffer = [] };
        private LinesAt _older = new() { Buffer = [] };

        public int FirstLine;

        /// <summary>The lines at one width, in a buffer reused from one width (and one paragraph) to the next.</summary>
        private struct LinesAt
        {
            public float Width;
            public TextLine[] Buffer;
            public int Count;
            public bool Broken;
        }

        public static Setting Take(ReadOnlySpan<TextSpan> spans, Typesetter typesetter)
        {
            var setting = _spare is { Count: > 0 } spare ? spare.Pop() : new Setting();
            setting._pieceCount = TextItemizer.Itemize(spans, typesetter, ref setting._pieces);
            return setting;
        }

        public ReadOnlySpan<TextLine> Lines(float width)
        {
            if (_recent.Broken && _recent.Width == width)
                return _recent.Buffer.AsSpan(0, _recent.Count);
            // The older lines' buffer takes the new ones unless they are the ones asked for.
            (_recent, _older) = (_older, _recent);
            if (!_recent.Broken || _recent.Width != width)
            {
                _recent.Count = LineBreaker.Break(new ArraySegment<TextPiece>(_pieces, 0, _pieceCount), width, ref _recent.Buffer);
                (_recent.Width, _recent.Broken) = (width, true);
            }
            return _recent.Buffer.AsSpan(0, _recent.Count);
        }

        public void GiveBack()
        {
            (_pieceCount, _recent.Count, _recent.Broken, _older.Count, _older.Broken, FirstLine) = (0, 0, false, 0, false, 0);
            if (_pieces.Length > LongestKept || _recent.Buffer.Length > LongestKept || _older.Buffer.Length > LongestKept)
                return;
            // Emptied whole, not up to the counts (a buffer refilled with fewer lines still holds the longer break's past its
            // count), so a spare setting keeps no shapes alive.
            Array.Clear(_pieces);
            Array.Clear(_recent.Buffer);
            Array.Clear(_older.Buffer);
            var spare = _spare ??= new Stack<Setting>();
            if (spare.Count < MostSpare)
                spare.Push(this);
        }
    }

    public IReadOnlyList<TextSpan> Spans => _spans switch
    {
        TextSpan one => [one],
        TextSpan[] => ExactSpans(),
        _ => [],
    };

    public TextAlignment Alignment { get; set; }

    /// <summary>Finds URLs and e-mail addresses in the text and links them.</summary>
    public bool LinksAddresses { get; set; } = true;

    public Paragraph Add(TextSpan span)
    {
        if (_laidOut)
            throw new InvalidOperationException("Spans cannot be added to a paragraph that has been laid out.");
        switch (_spans)
        {
            case null:
                _spans = span;
                break;
            case TextSpan first:
                _spans = new[] { first, span };
                break;
            case TextSpan[] spans:
                // Doubling, so a paragraph of many spans is not copied once per span; trimmed to size when read.
                if (_spanCount == spans.Length)
                    Array.Resize(ref spans, _spanCount * 2);
                spans[_spanCount] = span;
                _spans = spans;
                break;
        }
        _spanCount++;
        return this;
    }

    private TextSpan[] ExactSpans()
    {
        var spans = (TextSpan[])_spans!;
        if (spans.Length != _spanCount)
            _spans = spans = spans[.._spanCount];
        return spans;
    }

    /// <summary>The paragraph's text as laid out in lines, for tests and the plain-text rendition.</summary>
    public string PlainText => string.Concat(Spans.Select(s => s.Text));

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var lines = Lines(available.Width, context);
        if (lines.Length == 0)
        {
            // Nothing to draw, so no Draw will come to let the setting go.
            LetSettingGo();
            return SpacePlan.Empty;
        }
        var first = _setting!.FirstLine;
        var count = FittingLines(lines, first, available.Height, context.Relaxed);
        if (count == 0)
            return SpacePlan.Wrap;
        var height = 0f;
        for (var i = first; i < first + count; i++)
            height += lines[i].Height;
        var width = Width(lines, available.Width);
        return first + count == lines.Length ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    /// <summary>The width a plan says: all that is available, or with no limit, the widest line.</summary>
    private static float Width(ReadOnlySpan<TextLine> lines, float available)
    {
        if (!float.IsInfinity(available))
            return available;
        var widest = 0f;
        foreach (var line in lines)
            widest = Math.Max(widest, line.Width);
        return widest;
    }

    public override void Draw(Size available, PageCanvas canvas)
    {
        var lines = Lines(available.Width, canvas.Context);
        var setting = _setting!;
        var count = FittingLines(lines, setting.FirstLine, available.Height, canvas.Context.Relaxed);
        var top = 0f;
        for (var i = setting.FirstLine; i < setting.FirstLine + count; i++)
        {
            LinePainter.Paint(lines[i], canvas, top, available.Width, Alignment);
            top += lines[i].Height;
        }
        setting.FirstLine += count;
        // Its last line drawn, the paragraph starts over: a long document would otherwise keep every paragraph's pieces and
        // lines until the end. Drawn again (a repeated table header, a page band), it sets its text again from the spans.
        if (setting.FirstLine >= lines.Length)
            LetSettingGo();
    }

    private void LetSettingGo()
    {
        var setting = _setting;
        _setting = null;
        setting?.GiveBack();
    }

    private static int FittingLines(ReadOnlySpan<TextLine> lines, int first, float height, bool relaxed)
    {
        var remaining = lines.Length - first;
        var count = 0;
        var used = 0f;
        while (count < remaining && used + lines[first + count].Height <= height + Size.Epsilon)
            used += lines[first + count++].Height;
        if (count == remaining)
            return count;
        if (relaxed)
            return Math.Max(count, 1);
        if (count > 0 && remaining - count == 1)
            count--; // no widow: never leave one line for the next page
        return count == 1 ? 0 : count; // no orphan: never start with one line at the foot of a page
    }

    private ReadOnlySpan<TextLine> Lines(float width, LayoutContext context)
    {
        if (_setting is null)
        {
            _laidOut = true;
            _setting = _spans switch
            {
                TextSpan one => Set(new ReadOnlySpan<TextSpan>(in one), context),
                TextSpan[] => Set(ExactSpans(), context),
                _ => Set([], context),
            };
        }
        return _setting.Lines(width);
    }

    private Setting Set(ReadOnlySpan<TextSpan> spans, LayoutContext context) =>
        Setting.Take(LinksAddresses && AutoLinks.MayContainAddress(spans) ? [.. AutoLinks.Apply(spans.ToArray())] : spans, context.Typesetter);
}
