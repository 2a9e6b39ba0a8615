namespace IIJReportGen.Layout;

/// <summary>Ends the page here: what follows starts on the next page.</summary>
public sealed class PageBreak : Element
{
    private bool _broken;

    public override SpacePlan Measure(Size available, LayoutContext context) =>
        _broken ? SpacePlan.Full(0, 0) : SpacePlan.Partial(0, 0);

    public override void Draw(Size available, PageCanvas canvas) => _broken = !_broken;
}
