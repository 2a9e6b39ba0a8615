using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout;

/// <summary>Says where its child comes from (the markup element's template line), so a layout finding about it can say where.</summary>
public sealed class Located(SourceLocation location) : Decorator
{
    public SourceLocation Location { get; } = location;

    /// <summary>Measures the child; when it cannot be placed at all (wrap), the innermost located element on the way down is where it fails.</summary>
    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var before = context.Unplaceable;
        context.Unplaceable = null;
        var plan = MeasureContent(available, context);
        context.Unplaceable = plan.Kind == SpacePlanKind.Wrap ? context.Unplaceable ?? Location : before;
        return plan;
    }

    public override void Draw(Size available, PageCanvas canvas) => DrawContent(available, canvas);
}
