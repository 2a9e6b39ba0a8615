using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>An image scaled to the available width (or its own size at 72 dpi, if smaller), keeping its aspect ratio.</summary>
public sealed class Picture : Element
{
    private readonly SKImage _image;

    /// <summary>Decodes PNG, JPEG or another format Skia reads.</summary>
    public Picture(byte[] encoded) =>
        _image = SKImage.FromEncodedData(encoded) ?? throw new ArgumentException("The image data is not in a format Skia can decode.", nameof(encoded));

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var (width, height) = Fit(available.Width);
        if (height > available.Height + Size.Epsilon)
        {
            if (!context.Relaxed)
                return SpacePlan.Wrap;
            (width, height) = (width * available.Height / height, available.Height);
        }
        return SpacePlan.Full(width, height);
    }

    public override void Draw(Size available, PageCanvas canvas)
    {
        var plan = Measure(available, canvas.Context);
        canvas.DrawImage(SKRect.Create(0, 0, plan.Width, plan.Height), _image);
    }

    private (float Width, float Height) Fit(float availableWidth)
    {
        var width = Math.Min(_image.Width, availableWidth);
        return (width, width * _image.Height / _image.Width);
    }
}
