using System.Text;
using IIJReportGen.Layout;
using SkiaSharp;

namespace IIJReportGen.Pdf;

/// <summary>
/// A page's content stream: the drawing operations as PDF operators in PDF space (origin bottom-left), with the graphics
/// state tracked so colours, widths and fonts are set only when they change.
/// </summary>
internal sealed class ContentStream(float pageHeight, PageResources resources, ContentBytes ops)
{
    // Skia's synthetic bold strokes the outline with a width from 1/24 em at 9 pt to 1/32 em at 36 pt.
    private const float BoldRatioSmall = 1 / 24f;
    private const float BoldRatioLarge = 1 / 32f;

    private readonly ContentBytes _ops = Cleared(ops);
    private Color? _fill;
    private Color? _stroke;
    private float _lineWidth = 1;
    private byte _alpha = 255;
    private EmbeddedFont? _font;
    private float _fontSize;
    private int _renderMode;
    private bool _inText;
    private FontFace? _lastFace;
    private EmbeddedFont? _lastFont;

    public void Fill(FilledRectangle rectangle)
    {
        EndText();
        SetFill(rectangle.Color);
        var b = rectangle.Bounds;
        _ops.AppendNumber(b.Left).Append(' ').AppendNumber(pageHeight - b.Bottom).Append(' ').AppendNumber(b.Width).Append(' ').AppendNumber(b.Height).Append(" re f\n");
    }

    /// <summary>A shape as path operators, filled by the nonzero rule; quadratic and conic curves become cubic ones.</summary>
    public void Fill(FilledPath shape)
    {
        EndText();
        SetFill(shape.Color);
        using var iterator = shape.Path.CreateRawIterator();
        var points = new SKPoint[4];
        SKPathVerb verb;
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
        {
            switch (verb)
            {
                case SKPathVerb.Move:
                    Point(points[0]).Append("m\n");
                    break;
                case SKPathVerb.Line:
                    Point(points[1]).Append("l\n");
                    break;
                case SKPathVerb.Quad:
                    Quad(points[0], points[1], points[2]);
                    break;
                case SKPathVerb.Conic:
                    var quads = SKPath.ConvertConicToQuads(points[0], points[1], points[2], iterator.ConicWeight(), 2);
                    for (var i = 0; i + 2 < quads.Length; i += 2)
                        Quad(quads[i], quads[i + 1], quads[i + 2]);
                    break;
                case SKPathVerb.Cubic:
                    Point(points[1]);
                    Point(points[2]);
                    Point(points[3]).Append("c\n");
                    break;
                case SKPathVerb.Close:
                    _ops.Append("h\n");
                    break;
            }
        }
        _ops.Append("f\n");
    }

    /// <summary>A quadratic curve as the cubic that draws it.</summary>
    private void Quad(SKPoint from, SKPoint control, SKPoint to)
    {
        Point(from + new SKPoint((control.X - from.X) * 2 / 3, (control.Y - from.Y) * 2 / 3));
        Point(to + new SKPoint((control.X - to.X) * 2 / 3, (control.Y - to.Y) * 2 / 3));
        Point(to).Append("c\n");
    }

    private ContentBytes Point(SKPoint point) => _ops.AppendNumber(point.X).Append(' ').AppendNumber(pageHeight - point.Y).Append(' ');

    public void Stroke(StrokedLine line)
    {
        EndText();
        SetStroke(line.Color);
        SetLineWidth(line.Thickness);
        _ops.AppendNumber(line.From.X).Append(' ').AppendNumber(pageHeight - line.From.Y).Append(" m ")
            .AppendNumber(line.To.X).Append(' ').AppendNumber(pageHeight - line.To.Y).Append(" l S\n");
    }

    public void Draw(PlacedImage image)
    {
        EndText();
        var b = image.Bounds;
        _ops.Append("q ").AppendNumber(b.Width).Append(" 0 0 ").AppendNumber(b.Height).Append(' ').AppendNumber(b.Left).Append(' ').AppendNumber(pageHeight - b.Bottom)
            .Append(" cm /").Append(resources.Image(image.Image)).Append(" Do Q\n");
    }

    public void Show(GlyphRun run)
    {
        if (run.Glyphs.Length == 0)
            return;
        var font = Font(run.Face);
        if (!_inText)
        {
            _ops.Append("BT\n");
            _inText = true;
        }
        if (font != _font || run.FontSize != _fontSize)
        {
            _ops.Append('/').Append(font.ResourceName).Append(' ').AppendNumber(run.FontSize).Append(" Tf\n");
            (_font, _fontSize) = (font, run.FontSize);
        }
        SetFill(run.Color);
        SetRenderMode(run);
        RecordText(font, run);
        var x = run.X.Span;
        var y = run.YOffsets.Span;
        // A run is one TJ per stretch of glyphs on the same vertical offset (marks above or below the baseline start a new one).
        for (var start = 0; start < x.Length;)
        {
            var end = start + 1;
            var offset = y.IsEmpty ? 0 : y[start];
            while (end < x.Length && (y.IsEmpty || y[end] == offset))
                end++;
            _ops.Append(run.SyntheticItalic ? "1 0 0.2 1 " : "1 0 0 1 ").AppendNumber(run.Origin.X + x[start]).Append(' ')
                .AppendNumber(pageHeight - run.Origin.Y - offset).Append(" Tm\n");
            ShowGlyphs(font, run, start, end);
            start = end;
        }
    }

    /// <summary>The embedded font of <paramref name="face"/>; a page's runs mostly repeat the face before, so that is kept.</summary>
    private EmbeddedFont Font(FontFace face)
    {
        if (face != _lastFace)
            (_lastFace, _lastFont) = (face, resources.Fonts.For(face));
        return _lastFont!;
    }

    /// <summary>Closes any open text object; marked content and paths start outside one.</summary>
    public void EndText()
    {
        if (_inText)
            _ops.Append("ET\n");
        _inText = false;
    }

    public void Operator(string text)
    {
        EndText();
        _ops.Append(text).Append('\n');
    }

    /// <summary>The page's operators, valid until the buffer is used for the next page.</summary>
    public ReadOnlySpan<byte> ToBytes()
    {
        EndText();
        return _ops.Written;
    }

    private static ContentBytes Cleared(ContentBytes buffer)
    {
        buffer.Clear();
        return buffer;
    }

    /// <summary>
    /// Glyph ids as two-byte codes in literal strings (raw bytes: a fifth to a quarter fewer bytes than hex digits for Deflate
    /// to read); where the next glyph's position differs from where the font's advance leaves the pen, a
    /// kerning number moves it. The pen follows the rounded numbers written, so rounding never accumulates along a line.
    /// </summary>
    private void ShowGlyphs(EmbeddedFont font, GlyphRun run, int start, int end)
    {
        var glyphs = run.Glyphs.Span;
        var x = run.X.Span;
        // Read once (the arithmetic stays in the types it had: a width times the size is a float product).
        var fontSize = run.FontSize;
        var first = x[start];
        var pen = 0.0;
        var open = false;
        _ops.Append('[');
        for (var g = start; g < end; g++)
        {
            var move = Math.Round((x[g] - first - pen) * 1000 / fontSize);
            if (move != 0)
            {
                if (open)
                    _ops.Append(')');
                open = false;
                _ops.AppendInteger((long)-move);
                pen += move * fontSize / 1000;
            }
            if (!open)
                _ops.Append('(');
            open = true;
            _ops.AppendGlyph(glyphs[g]);
            pen += font.Width(glyphs[g]) * fontSize / 1000.0;
        }
        _ops.Append(open ? ")] TJ\n" : "] TJ\n");
    }

    private static void RecordText(EmbeddedFont font, GlyphRun run)
    {
        var glyphs = run.Glyphs.Span;
        var clusters = run.Clusters.Span;
        byte[]? utf8 = null;
        for (var g = 0; g < glyphs.Length; g++)
        {
            if (font.ToUnicode.Knows(glyphs[g]) || (g > 0 && clusters[g - 1] == clusters[g]))
                continue;
            utf8 ??= Encoding.UTF8.GetBytes(run.Text);
            var from = (int)clusters[g];
            var to = utf8.Length;
            for (var next = g + 1; next < glyphs.Length; next++)
            {
                if (clusters[next] != clusters[g])
                {
                    to = (int)clusters[next];
                    break;
                }
            }
            if (to > from)
                font.ToUnicode.Add(glyphs[g], Encoding.UTF8.GetString(utf8, from, to - from));
        }
    }

    private void SetRenderMode(GlyphRun run)
    {
        var mode = run.SyntheticBold ? 2 : 0;
        if (run.SyntheticBold)
        {
            SetStroke(run.Color);
            var t = Math.Clamp((run.FontSize - 9) / 27, 0, 1);
            SetLineWidth(run.FontSize * (BoldRatioSmall + (BoldRatioLarge - BoldRatioSmall) * t));
        }
        if (mode != _renderMode)
            _ops.Append(mode == 2 ? "2 Tr\n" : "0 Tr\n");
        _renderMode = mode;
    }

    private void SetFill(Color color)
    {
        if (_fill == color)
            return;
        SetAlpha(color.Alpha);
        AppendRgb(color).Append(" rg\n");
        _fill = color;
    }

    private void SetStroke(Color color)
    {
        if (_stroke == color)
            return;
        SetAlpha(color.Alpha);
        AppendRgb(color).Append(" RG\n");
        _stroke = color;
    }

    /// <summary>One graphics state sets both alphas, so a change forgets the other colour (it is set again before use).</summary>
    private void SetAlpha(byte alpha)
    {
        if (alpha == _alpha)
            return;
        _ops.Append('/').Append(resources.Alpha(alpha)).Append(" gs\n");
        _alpha = alpha;
        (_fill, _stroke) = (null, null);
    }

    private void SetLineWidth(float width)
    {
        if (width == _lineWidth)
            return;
        _ops.AppendNumber(width).Append(" w\n");
        _lineWidth = width;
    }

    private ContentBytes AppendRgb(Color color) =>
        _ops.AppendNumber(color.Red / 255.0).Append(' ').AppendNumber(color.Green / 255.0).Append(' ').AppendNumber(color.Blue / 255.0);

}
