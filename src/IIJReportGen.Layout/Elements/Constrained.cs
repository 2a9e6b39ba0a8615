namespace IIJReportGen.Layout;

/// <summary>Gives the child a fixed width and/or a minimum height.</summary>
public sealed class Constrained(float? width, float? minHeight) : Decorator
{
    public float? Width { get; } = width;

    public float? MinHeight { get; } = minHeight;

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var width = Math.Min(Width ?? available.Width, available.Width);
        var plan = MeasureContent(new Size(width, available.Height), context);
        if (plan.Kind == SpacePlanKind.Wrap)
            return plan;
        var height = Math.Max(plan.Height, plan.Kind == SpacePlanKind.Partial ? 0 : MinHeight ?? 0);
        if (height > available.Height + Size.Epsilon)
            return SpacePlan.Wrap;
        var kind = plan.Kind == SpacePlanKind.Empty ? SpacePlanKind.Full : plan.Kind;
        return new SpacePlan(kind, Width is null ? plan.Width : width, height);
    }

    public override void Draw(Size available, PageCanvas canvas) =>
        DrawContent(new Size(Math.Min(Width ?? available.Width, available.Width), available.Height), canvas);
}
