namespace IIJReportGen.Layout;

/// <summary>Names the place where the child starts, so links ("#name") can point to it.</summary>
public sealed class Anchor(string name) : Decorator
{
    private bool _started;

    public string Name { get; } = name;

    public override SpacePlan Measure(Size available, LayoutContext context) => MeasureContent(available, context);

    public override void Draw(Size available, PageCanvas canvas)
    {
        var plan = MeasureContent(available, canvas.Context);
        if (!_started)
            canvas.AddDestination(Name);
        DrawContent(available, canvas);
        _started = plan.Kind == SpacePlanKind.Partial;
    }
}
