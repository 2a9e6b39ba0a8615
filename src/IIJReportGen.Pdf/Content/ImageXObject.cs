using SkiaSharp;

namespace IIJReportGen.Pdf;

/// <summary>Writes an image as an 8-bit DeviceRGB XObject, with its alpha as a soft mask when it is not opaque.</summary>
internal static class ImageXObject
{
    public static int Write(PdfFile file, SKImage image)
    {
        var (width, height) = (image.Width, image.Height);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var pixels = bitmap.PeekPixels())
        {
            if (!image.ReadPixels(pixels))
                throw new InvalidOperationException("Skia could not read the image's pixels.");
        }
        var rgba = bitmap.GetPixelSpan();
        var rgb = new byte[width * height * 3];
        var alpha = new byte[width * height];
        var opaque = true;
        for (var i = 0; i < alpha.Length; i++)
        {
            rgb[3 * i] = rgba[4 * i];
            rgb[3 * i + 1] = rgba[4 * i + 1];
            rgb[3 * i + 2] = rgba[4 * i + 2];
            alpha[i] = rgba[4 * i + 3];
            opaque &= alpha[i] == 255;
        }
        var size = " /Width " + PdfSyntax.Integer(width) + " /Height " + PdfSyntax.Integer(height) + " /BitsPerComponent 8";
        var mask = opaque ? "" : " /SMask " + PdfSyntax.Reference(file.WriteCompressed(" /Type /XObject /Subtype /Image /ColorSpace /DeviceGray" + size, alpha));
        return file.WriteCompressed(" /Type /XObject /Subtype /Image /ColorSpace /DeviceRGB" + size + mask, rgb);
    }
}
