using System.Runtime.InteropServices;
using System.Text;
using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>Turns a laid-out line into glyph runs (one per face, size and colour), decorations and link areas.</summary>
internal sealed class LinePainter
{
    // One painter per thread, reused for every line: painting allocates only the runs it produces.
    [ThreadStatic]
    private static LinePainter? _reusable;

    private PageCanvas _canvas = null!;
    private readonly List<ushort> _glyphs = [];
    private readonly List<float> _x = [];
    private readonly List<float> _yOffsets = [];
    private bool _offBaseline;
    // A run's clusters are kept only from its first glyph whose cluster is not its index (0, 1, 2, … is one glyph per
    // ASCII character: most runs), filling in the ones before it then.
    private readonly List<uint> _clusters = [];
    private bool _clustersConsecutive = true;
    private readonly StringBuilder _text = new();
    // While the run's text is one stretch [from, to) of one span's text, nothing is copied: the span's own string serves as
    // the run's text when the stretch is all of it (a table cell, a one-line paragraph), and the page keeps no second one.
    // The stretch goes into _text only when a piece from elsewhere joins the run.
    private TextSpan? _textSpan;
    private int _textFrom;
    private int _textTo;
    private int _textLength;
    private int _textBytes;
    private TextPiece? _runPiece;
    private float _runStart;
    private float _baseline;
    private string? _link;
    private StructureElement? _linkStructure;
    private SKRect _linkBounds = SKRect.Empty;
    private readonly List<(int Mark, SKRect Bounds)> _marks = [];

    public static void Paint(in TextLine line, PageCanvas canvas, float top, float width, TextAlignment alignment)
    {
        var painter = _reusable ??= new LinePainter();
        painter._canvas = canvas;
        painter._baseline = top + line.Ascent;
        painter.PaintLine(line, width, alignment);
        painter._canvas = null!;
    }

    private void PaintLine(in TextLine line, float width, TextAlignment alignment)
    {
        var slack = Math.Max(0, width - line.Width);
        var x = alignment switch
        {
            TextAlignment.Right => slack,
            TextAlignment.Center => slack / 2,
            _ => 0f,
        };
        var gapCount = 0;
        var gapMode = alignment == TextAlignment.Justify && !line.EndsParagraph ? Gaps(line, out gapCount) : GapMode.None;
        var extra = gapMode == GapMode.None ? 0 : slack / Math.Max(1, gapCount);
        for (var p = 0; p < line.Pieces.Count; p++)
        {
            var piece = line.Pieces[p];
            var visibleEnd = p == line.Pieces.Count - 1 ? piece.TrailingSpaceStart : piece.Length;
            var isLastGlyphOfLine = p == line.Pieces.Count - 1;
            if (_runPiece is { } runPiece && !SameRun(runPiece, piece))
                Flush(x);
            if (piece.Span.Link != _link)
            {
                FlushLink();
                OpenLink(piece.Span.Link);
            }
            if (_runPiece is null)
            {
                _runPiece = piece;
                _runStart = x;
            }
            var size = piece.Style.GlyphSize;
            var shape = piece.Shape;
            var glyphs = shape.Glyphs;
            var text = piece.Text;
            var (charIndex, byteOffset) = (0, 0);
            var pieceStart = x;
            var inkEnd = x;
            for (var g = 0; g < glyphs.Length; g++)
            {
                var (id, cluster, advance) = glyphs[g];
                if (cluster >= visibleEnd)
                    continue;
                var offset = shape.OffsetOf(g);
                _glyphs.Add(id);
                _x.Add(x - _runStart + offset.X * size);
                if (offset.Y != 0 || _offBaseline)
                    AddYOffset(offset.Y * size);
                // Clusters rise left to right, so the UTF-8 offset is found by walking forward.
                for (; charIndex < cluster; charIndex++)
                    byteOffset += Utf8Length(text[charIndex]);
                var clusterByte = (uint)(_textBytes + byteOffset);
                if (!_clustersConsecutive || clusterByte != _glyphs.Count - 1)
                    AddCluster(clusterByte);
                x += advance * size;
                var space = text[cluster] == ' ';
                if (!space)
                    inkEnd = x;
                if (gapMode == GapMode.Spaces && space || gapMode == GapMode.Characters && !(isLastGlyphOfLine && (g == glyphs.Length - 1 || glyphs[g + 1].Cluster >= visibleEnd)))
                    x += extra;
            }
            Append(piece, visibleEnd);
            for (; charIndex < visibleEnd; charIndex++)
                byteOffset += Utf8Length(text[charIndex]);
            _textBytes += byteOffset;
            if (p < line.Pieces.Count - 1)
                inkEnd = x;
            Decorate(piece, pieceStart, inkEnd);
            Mark(piece, visibleEnd, pieceStart, inkEnd);
        }
        Flush(x);
        FlushLink();
        PlaceMarks();
    }

    private enum GapMode
    {
        None,
        Spaces,
        Characters,
    }

    /// <summary>Justification stretches spaces; a line without spaces (Japanese) is stretched between characters.</summary>
    private static GapMode Gaps(in TextLine line, out int count)
    {
        count = 0;
        var glyphs = 0;
        var cjk = false;
        for (var p = 0; p < line.Pieces.Count; p++)
        {
            var piece = line.Pieces[p];
            var end = p == line.Pieces.Count - 1 ? piece.TrailingSpaceStart : piece.Length;
            var text = piece.Text;
            for (var i = 0; i < end; i++)
            {
                count += text[i] == ' ' ? 1 : 0;
                cjk |= LineBreakRules.IsCjk(text[i]);
            }
            foreach (var glyph in piece.Shape.Glyphs)
                glyphs += glyph.Cluster < end ? 1 : 0;
        }
        if (count > 0)
            return GapMode.Spaces;
        count = glyphs - 1;
        return cjk && count > 0 ? GapMode.Characters : GapMode.None;
    }

    /// <summary>Adds the vertical offset of the glyph just added. A run keeps them only from its first glyph off the baseline
    /// (marks); the glyphs before it sit on the baseline, so their offsets are filled in as zeros then.</summary>
    private void AddYOffset(float y)
    {
        if (!_offBaseline)
        {
            _yOffsets.AddRange(new float[_glyphs.Count - 1]);
            _offBaseline = true;
        }
        _yOffsets.Add(y);
    }

    /// <summary>Adds the cluster of the glyph just added; the first one that is not its glyph's index fills in those before it.</summary>
    private void AddCluster(uint cluster)
    {
        if (_clustersConsecutive)
        {
            for (var k = 0u; k < _glyphs.Count - 1; k++)
                _clusters.Add(k);
            _clustersConsecutive = false;
        }
        _clusters.Add(cluster);
    }

    private static bool SameRun(in TextPiece a, in TextPiece b) =>
        a.Face == b.Face && a.Span.Link == b.Span.Link && a.Style.GlyphSize == b.Style.GlyphSize && a.Style.Color == b.Style.Color
        && a.Style.BaselineShift == b.Style.BaselineShift && a.SyntheticBold == b.SyntheticBold && a.SyntheticItalic == b.SyntheticItalic;

    private void Decorate(in TextPiece piece, float start, float end)
    {
        var style = piece.Style;
        var baseline = _baseline + style.BaselineShift;
        var size = style.GlyphSize;
        if (style.IsUnderlined)
        {
            var y = baseline + piece.Face.UnderlinePosition * size;
            _canvas.DrawLine(start, y, end, y, piece.Face.UnderlineThickness * size, style.Color);
        }
        if (style.IsStruckThrough)
        {
            var y = baseline - 0.3f * size;
            _canvas.DrawLine(start, y, end, y, piece.Face.UnderlineThickness * size, style.Color);
        }
        // One link area per link and line, however many pieces (words) the link text has.
        if (piece.Span.Link is not null && end > start)
        {
            var bounds = new SKRect(start, _baseline - piece.Ascent, end, _baseline + piece.Descent);
            _linkBounds = _linkBounds.IsEmpty ? bounds : SKRect.Union(_linkBounds, bounds);
        }
    }

    /// <summary>Starts a link: its runs (which never mix with the text around it) and its annotation form one Link structure element.</summary>
    private void OpenLink(string? link)
    {
        _link = link;
        if (link is null || !_canvas.Context.Tagged)
            return;
        _linkStructure = new StructureElement(StructureRole.Link);
        _canvas.BeginStructure(_linkStructure);
    }

    /// <summary>Adds the piece's area to each mark over its visible characters (one area per mark and line).</summary>
    private void Mark(in TextPiece piece, int visibleEnd, float start, float end)
    {
        if (piece.Span.Origin is not { } origin)
            return;
        var bounds = new SKRect(start, _baseline - piece.Ascent, Math.Max(start, end), _baseline + piece.Descent);
        foreach (var mark in origin.MarksOver(piece.SpanStart, piece.SpanStart + visibleEnd))
        {
            var known = _marks.FindIndex(m => m.Mark == mark);
            if (known < 0)
                _marks.Add((mark, bounds));
            else
                _marks[known] = (mark, SKRect.Union(_marks[known].Bounds, bounds));
        }
    }

    private void PlaceMarks()
    {
        foreach (var (mark, bounds) in _marks)
            _canvas.Place(mark, bounds);
        _marks.Clear();
    }

    private void FlushLink()
    {
        if (_link is { } link && !_linkBounds.IsEmpty)
        {
            if (link.StartsWith('#'))
                _canvas.LinkToDestination(_linkBounds, link[1..]);
            else
                _canvas.LinkToUrl(_linkBounds, link);
        }
        if (_linkStructure is { } structure)
            _canvas.EndStructure(structure);
        _link = null;
        _linkStructure = null;
        _linkBounds = SKRect.Empty;
    }

    private void Flush(float end)
    {
        if (_runPiece is { } piece && _glyphs.Count > 0)
        {
            var width = end - _runStart;
            var text = RunText();
            var context = _canvas.Context;
            context.Codepoints.Add(piece.Face, text);
            var slice = context.Glyphs.Store(CollectionsMarshal.AsSpan(_glyphs), CollectionsMarshal.AsSpan(_x),
                _clustersConsecutive ? [] : CollectionsMarshal.AsSpan(_clusters), _offBaseline ? CollectionsMarshal.AsSpan(_yOffsets) : []);
            var style = context.RunStyles.Of(piece.Face, piece.Style.GlyphSize, piece.SyntheticBold, piece.SyntheticItalic, piece.Style.Color);
            _canvas.DrawGlyphRun(new GlyphRun(style,
                new SKPoint(_canvas.Offset.X + _runStart, _canvas.Offset.Y + _baseline + piece.Style.BaselineShift), slice, text, width));
        }
        _runPiece = null;
        _glyphs.Clear();
        _x.Clear();
        _yOffsets.Clear();
        _offBaseline = false;
        _clusters.Clear();
        _clustersConsecutive = true;
        _text.Clear();
        _textSpan = null;
        _textLength = 0;
        _textBytes = 0;
    }

    private void Append(in TextPiece piece, int visibleEnd)
    {
        if (_textLength == 0)
        {
            (_textSpan, _textFrom, _textTo) = (piece.Span, piece.SpanStart, piece.SpanStart + visibleEnd);
        }
        else if (_textSpan is not null && ReferenceEquals(_textSpan, piece.Span) && _textTo == piece.SpanStart)
        {
            _textTo += visibleEnd;
        }
        else
        {
            if (_textSpan is { } stretch)
                _text.Append(stretch.Text, _textFrom, _textTo - _textFrom);
            _textSpan = null;
            _text.Append(piece.Text[..visibleEnd]);
        }
        _textLength += visibleEnd;
    }

    private string RunText()
    {
        if (_textSpan is not { } span)
            return _text.ToString();
        return _textFrom == 0 && _textTo == span.Text.Length ? span.Text : span.Text.Substring(_textFrom, _textTo - _textFrom);
    }

    /// <summary>UTF-8 bytes of one UTF-16 unit; a surrogate pair's four bytes are counted on its high half.</summary>
    private static int Utf8Length(char c) => c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : 3;
}
