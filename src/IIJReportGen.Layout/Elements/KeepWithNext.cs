namespace IIJReportGen.Layout;

/// <summary>Marks the child as one that must not end a page (headings, page-break-after: avoid).</summary>
public sealed class KeepWithNext : Decorator
{
    public override bool KeepsWithNext => true;

    public override SpacePlan Measure(Size available, LayoutContext context) => MeasureContent(available, context);

    public override void Draw(Size available, PageCanvas canvas) => DrawContent(available, canvas);
}
