namespace IIJReportGen.Layout;

/// <summary>Horizontal placement of a box narrower than its space.</summary>
public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>Vertical placement of a box lower than its space (table cells).</summary>
public enum VerticalAlignment
{
    Top,
    Middle,
    Bottom,
}

/// <summary>Places the child inside the space it is drawn in.</summary>
public sealed class Alignment(HorizontalAlignment? horizontal, VerticalAlignment? vertical) : Decorator
{
    public HorizontalAlignment? Horizontal { get; } = horizontal;

    public VerticalAlignment? Vertical { get; } = vertical;

    public override SpacePlan Measure(Size available, LayoutContext context) => MeasureContent(available, context);

    public override void Draw(Size available, PageCanvas canvas)
    {
        var plan = MeasureContent(available, canvas.Context);
        var width = Horizontal is null ? available.Width : plan.Width;
        var height = Vertical is null ? available.Height : plan.Height;
        var dx = (available.Width - width) * (Horizontal switch { HorizontalAlignment.Center => 0.5f, HorizontalAlignment.Right => 1f, _ => 0f });
        var dy = (available.Height - height) * (Vertical switch { VerticalAlignment.Middle => 0.5f, VerticalAlignment.Bottom => 1f, _ => 0f });
        canvas.Translate(dx, dy);
        DrawContent(new Size(width, height), canvas);
        canvas.Translate(-dx, -dy);
    }
}
