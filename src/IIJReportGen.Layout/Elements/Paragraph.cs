namespace IIJReportGen.Layout;

/// <summary>Rich text: spans shaped with HarfBuzz, broken into lines, split across pages without single orphan or widow lines.</summary>
public sealed class Paragraph : Element
{
    // An array of exactly the spans once laid out, not a List: the tree of a long table holds a paragraph per cell, most
    // with one span, for the whole render (the List was a second object per cell, and every collection copied it).
    private TextSpan[] _spans = [];
    private int _spanCount;
    private TextPiece[]? _pieces;
    private (float Width, TextLine[] Lines) _recent;
    private (float Width, TextLine[] Lines) _older;
    private int _firstLine;
    private bool _laidOut;

    public IReadOnlyList<TextSpan> Spans => ExactSpans();

    public TextAlignment Alignment { get; set; }

    /// <summary>Finds URLs and e-mail addresses in the text and links them.</summary>
    public bool LinksAddresses { get; set; } = true;

    public Paragraph Add(TextSpan span)
    {
        if (_laidOut)
            throw new InvalidOperationException("Spans cannot be added to a paragraph that has been laid out.");
        // Doubling, so a paragraph of many spans is not copied once per span; trimmed to size when read.
        if (_spanCount == _spans.Length)
            Array.Resize(ref _spans, Math.Max(1, _spanCount * 2));
        _spans[_spanCount++] = span;
        return this;
    }

    private TextSpan[] ExactSpans()
    {
        if (_spans.Length != _spanCount)
            Array.Resize(ref _spans, _spanCount);
        return _spans;
    }

    /// <summary>The paragraph's text as laid out in lines, for tests and the plain-text rendition.</summary>
    public string PlainText => string.Concat(ExactSpans().Select(s => s.Text));

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var lines = Lines(available.Width, context);
        if (lines.Length == 0)
            return SpacePlan.Empty;
        var count = FittingLines(lines, available.Height, context.Relaxed);
        if (count == 0)
            return SpacePlan.Wrap;
        var height = 0f;
        for (var i = _firstLine; i < _firstLine + count; i++)
            height += lines[i].Height;
        var width = float.IsInfinity(available.Width) ? lines.Max(l => l.Width) : available.Width;
        return _firstLine + count == lines.Length ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    public override void Draw(Size available, PageCanvas canvas)
    {
        var lines = Lines(available.Width, canvas.Context);
        var count = FittingLines(lines, available.Height, canvas.Context.Relaxed);
        var top = 0f;
        for (var i = _firstLine; i < _firstLine + count; i++)
        {
            LinePainter.Paint(lines[i], canvas, top, available.Width, Alignment);
            top += lines[i].Height;
        }
        _firstLine += count;
        if (_firstLine >= lines.Length)
            Finish();
    }

    /// <summary>
    /// Forgets the shaped pieces and broken lines once the last line is drawn: a long document would otherwise keep every
    /// paragraph's line cache alive until the end. Drawing again (a repeated table header) rebuilds them from the spans.
    /// </summary>
    private void Finish()
    {
        _firstLine = 0;
        _pieces = null;
        _recent = default;
        _older = default;
    }

    private int FittingLines(TextLine[] lines, float height, bool relaxed)
    {
        var remaining = lines.Length - _firstLine;
        var count = 0;
        var used = 0f;
        while (count < remaining && used + lines[_firstLine + count].Height <= height + Size.Epsilon)
            used += lines[_firstLine + count++].Height;
        if (count == remaining)
            return count;
        if (relaxed)
            return Math.Max(count, 1);
        if (count > 0 && remaining - count == 1)
            count--; // no widow: never leave one line for the next page
        return count == 1 ? 0 : count; // no orphan: never start with one line at the foot of a page
    }

    private TextLine[] Lines(float width, LayoutContext context)
    {
        if (_recent.Lines is not null && _recent.Width == width)
            return _recent.Lines;
        if (_older.Lines is not null && _older.Width == width)
        {
            (_recent, _older) = (_older, _recent);
            return _recent.Lines;
        }
        _laidOut = true;
        var spans = ExactSpans();
        _pieces ??= TextItemizer.Itemize(LinksAddresses && AutoLinks.MayContainAddress(spans) ? [.. AutoLinks.Apply(spans)] : spans, context.Typesetter);
        _older = _recent;
        _recent = (width, LineBreaker.Break(_pieces, width));
        return _recent.Lines;
    }
}
