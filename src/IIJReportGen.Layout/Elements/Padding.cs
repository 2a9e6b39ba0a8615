namespace IIJReportGen.Layout;

/// <summary>Space around the child; an empty child still takes the padding (as an empty CSS box does).</summary>
public sealed class Padding(Thickness thickness) : Decorator
{
    public Thickness Thickness { get; } = thickness;

    public override SpacePlan Measure(Size available, LayoutContext context) => Inset.Measure(this, Thickness, available, context);

    public override void Draw(Size available, PageCanvas canvas) => Inset.Draw(this, Thickness, available, canvas);
}
