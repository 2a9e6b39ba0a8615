namespace IIJReportGen.Layout;

/// <summary>A horizontal line across the available width (hr).</summary>
public sealed class Rule(float thickness, Color color) : Element
{
    public float Thickness { get; } = thickness;

    public Color Color { get; } = color;

    public override SpacePlan Measure(Size available, LayoutContext context) =>
        Thickness > available.Height + Size.Epsilon ? SpacePlan.Wrap
        : SpacePlan.Full(float.IsInfinity(available.Width) ? 0 : available.Width, Thickness);

    public override void Draw(Size available, PageCanvas canvas) =>
        canvas.DrawLine(0, Thickness / 2, available.Width, Thickness / 2, Thickness, Color);
}
