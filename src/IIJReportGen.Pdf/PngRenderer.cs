using IIJReportGen.Layout;
using SkiaSharp;

namespace IIJReportGen.Pdf;

/// <summary>Rasterises a laid-out page to PNG, for previews and visual tests.</summary>
public static class PngRenderer
{
    /// <summary>The page at <paramref name="pageIndex"/> (0-based) on a white background at <paramref name="dpi"/> dots per inch.</summary>
    public static byte[] RenderPage(LaidOutDocument document, int pageIndex, float dpi = 96)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dpi);
        var page = document.Pages[pageIndex];
        var scale = dpi / 72f;
        var info = new SKImageInfo((int)Math.Ceiling(page.Size.Width * scale), (int)Math.Ceiling(page.Size.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Skia could not create a raster surface of this size.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        PagePainter.Paint(page, canvas);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
