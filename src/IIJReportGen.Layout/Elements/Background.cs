namespace IIJReportGen.Layout;

/// <summary>Fills the whole space the child is drawn in (in a table: the whole cell, whatever its content's height).</summary>
public sealed class Background(Color color) : Decorator
{
    public Color Color { get; } = color;

    public override SpacePlan Measure(Size available, LayoutContext context) => MeasureContent(available, context);

    public override void Draw(Size available, PageCanvas canvas)
    {
        canvas.FillRectangle(0, 0, available.Width, available.Height, Color);
        DrawContent(available, canvas);
    }
}
