using System.Text;
using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>Replays a laid-out page onto a Skia canvas (PDF page or raster surface).</summary>
public static class PagePainter
{
    /// <param name="page">The page to paint.</param>
    /// <param name="canvas">Target canvas, in points.</param>
    /// <param name="typefaceFor">The typeface to draw a face's glyphs with (a subset keeping glyph ids); by default the face's own.</param>
    public static void Paint(LaidOutPage page, SKCanvas canvas, Func<FontFace, SKTypeface>? typefaceFor = null)
    {
        using var paint = new SKPaint { IsAntialias = true };
        var fonts = new Dictionary<(FontFace, float, bool, bool), SKFont>();
        try
        {
            SKFont FontFor(GlyphRun run)
            {
                var key = (run.Face, run.FontSize, run.SyntheticBold, run.SyntheticItalic);
                if (!fonts.TryGetValue(key, out var font))
                {
                    font = CreateFont(run, typefaceFor?.Invoke(run.Face) ?? run.Face.Typeface);
                    fonts.Add(key, font);
                }
                return font;
            }

            var operations = page.Operations;
            for (var i = 0; i < operations.Count; i++)
            {
                switch (operations[i])
                {
                    case GlyphRun run:
                        // Consecutive runs of one colour go into one text blob: far fewer draw calls for the PDF writer.
                        var end = i + 1;
                        while (end < operations.Count && operations[end] is GlyphRun next && next.Color == run.Color)
                            end++;
                        DrawRuns(canvas, operations, i, end, FontFor, paint);
                        i = end - 1;
                        break;
                    case FilledRectangle rectangle:
                        paint.Style = SKPaintStyle.Fill;
                        paint.Color = rectangle.Color.ToSkia();
                        canvas.DrawRect(rectangle.Bounds, paint);
                        break;
                    case FilledPath shape:
                        paint.Style = SKPaintStyle.Fill;
                        paint.Color = shape.Color.ToSkia();
                        canvas.DrawPath(shape.Path, paint);
                        break;
                    case StrokedLine line:
                        paint.Style = SKPaintStyle.Stroke;
                        paint.StrokeWidth = line.Thickness;
                        paint.Color = line.Color.ToSkia();
                        canvas.DrawLine(line.From, line.To, paint);
                        break;
                    case PlacedImage image:
                        canvas.DrawImage(image.Image, image.Bounds, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
                        break;
                    case UrlLink link:
                        canvas.DrawUrlAnnotation(link.Bounds, link.Url)?.Dispose();
                        break;
                    case DestinationLink link:
                        canvas.DrawLinkDestinationAnnotation(link.Bounds, link.Destination)?.Dispose();
                        break;
                    case NamedDestination destination:
                        canvas.DrawNamedDestinationAnnotation(destination.Point, destination.Name)?.Dispose();
                        break;
                }
            }
        }
        finally
        {
            foreach (var font in fonts.Values)
                font.Dispose();
        }
    }

    private static SKFont CreateFont(GlyphRun run, SKTypeface typeface) => new(typeface, run.FontSize)
    {
        Embolden = run.SyntheticBold,
        SkewX = run.SyntheticItalic ? -0.2f : 0,
        Subpixel = true,
        LinearMetrics = true,
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.SubpixelAntialias,
    };

    private static void DrawRuns(SKCanvas canvas, IReadOnlyList<DrawOperation> operations, int start, int end, Func<GlyphRun, SKFont> fontFor, SKPaint paint)
    {
        using var builder = new SKTextBlobBuilder();
        for (var i = start; i < end; i++)
        {
            var run = (GlyphRun)operations[i];
            if (run.Glyphs.Length == 0)
                continue;
            var utf8Length = Encoding.UTF8.GetByteCount(run.Text);
            var buffer = builder.AllocatePositionedTextRun(fontFor(run), run.Glyphs.Length, utf8Length);
            buffer.SetGlyphs(run.Glyphs.Span);
            var positions = buffer.Positions;
            var x = run.X.Span;
            var y = run.YOffsets.Span;
            for (var g = 0; g < x.Length; g++)
                positions[g] = new SKPoint(run.Origin.X + x[g], run.Origin.Y + (y.IsEmpty ? 0 : y[g]));
            Encoding.UTF8.GetBytes(run.Text, buffer.Text);
            buffer.SetClusters(run.Clusters.Span);
        }
        using var blob = builder.Build();
        if (blob is null)
            return;
        paint.Style = SKPaintStyle.Fill;
        paint.Color = ((GlyphRun)operations[start]).Color.ToSkia();
        canvas.DrawText(blob, 0, 0, paint);
    }
}
