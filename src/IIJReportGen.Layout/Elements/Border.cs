namespace IIJReportGen.Layout;

/// <summary>One side of a border.</summary>
public readonly record struct BorderLine(float Width, Color Color)
{
    public static BorderLine None { get; } = new(0, Color.Transparent);
}

/// <summary>Lines along the inside edges of the box, per side; the child sits inside them.</summary>
public sealed class Border(BorderLine top, BorderLine right, BorderLine bottom, BorderLine left) : Decorator
{
    public BorderLine Top { get; } = top;

    public BorderLine Right { get; } = right;

    public BorderLine Bottom { get; } = bottom;

    public BorderLine Left { get; } = left;

    private Thickness Widths => new(Top.Width, Right.Width, Bottom.Width, Left.Width);

    public override SpacePlan Measure(Size available, LayoutContext context) => Inset.Measure(this, Widths, available, context);

    public override void Draw(Size available, PageCanvas canvas)
    {
        Inset.Draw(this, Widths, available, canvas);
        var (w, h) = (available.Width, available.Height);
        canvas.DrawLine(0, Top.Width / 2, w, Top.Width / 2, Top.Width, Top.Color);
        canvas.DrawLine(0, h - Bottom.Width / 2, w, h - Bottom.Width / 2, Bottom.Width, Bottom.Color);
        canvas.DrawLine(Left.Width / 2, 0, Left.Width / 2, h, Left.Width, Left.Color);
        canvas.DrawLine(w - Right.Width / 2, 0, w - Right.Width / 2, h, Right.Width, Right.Color);
    }
}
