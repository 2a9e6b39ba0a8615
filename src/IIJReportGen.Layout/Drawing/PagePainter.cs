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
            foreach (var operation in page.Operations)
            {
                switch (operation)
                {
                    case GlyphRun run:
                        var key = (run.Face, run.FontSize, run.SyntheticBold, run.SyntheticItalic);
                        if (!fonts.TryGetValue(key, out var font))
                        {
                            font = CreateFont(run, typefaceFor?.Invoke(run.Face) ?? run.Face.Typeface);
                            fonts.Add(key, font);
                        }
                        DrawRun(canvas, run, font, paint);
                        break;
                    case FilledRectangle rectangle:
                        paint.Style = SKPaintStyle.Fill;
                        paint.Color = rectangle.Color.ToSkia();
                        canvas.DrawRect(rectangle.Bounds, paint);
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

    private static void DrawRun(SKCanvas canvas, GlyphRun run, SKFont font, SKPaint paint)
    {
        if (run.Glyphs.Length == 0)
            return;
        var utf8 = Encoding.UTF8.GetBytes(run.Text);
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, utf8.Length);
        buffer.SetGlyphs(run.Glyphs);
        buffer.SetPositions(run.Positions);
        buffer.SetText(utf8);
        buffer.SetClusters(run.Clusters);
        using var blob = builder.Build();
        if (blob is null)
            return;
        paint.Style = SKPaintStyle.Fill;
        paint.Color = run.Color.ToSkia();
        canvas.DrawText(blob, run.Origin.X, run.Origin.Y, paint);
    }
}
