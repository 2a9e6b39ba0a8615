namespace IIJReportGen.Layout;

/// <summary>Moves the child to the next page rather than splitting it (page-break-inside: avoid), unless it is taller than a page.</summary>
public sealed class KeepTogether : Decorator
{
    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var plan = MeasureContent(available, context);
        return plan.Kind == SpacePlanKind.Partial && !context.Relaxed ? SpacePlan.Wrap : plan;
    }

    public override void Draw(Size available, PageCanvas canvas) => DrawContent(available, canvas);
}
