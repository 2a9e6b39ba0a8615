namespace IIJReportGen.Layout;

/// <summary>Adds an outline entry pointing at the top of the child, on the page where the child starts.</summary>
public sealed class Bookmark(string title, int level) : Decorator
{
    private bool _started;

    public string Title { get; } = title;

    /// <summary>1 for a top-level entry, 2 for its children, and so on.</summary>
    public int Level { get; } = level;

    public override SpacePlan Measure(Size available, LayoutContext context) => MeasureContent(available, context);

    public override void Draw(Size available, PageCanvas canvas)
    {
        var plan = MeasureContent(available, canvas.Context);
        if (!_started)
            canvas.AddDestination(canvas.Context.AddOutlineEntry(Title, Level, canvas.Offset.Y));
        DrawContent(available, canvas);
        _started = plan.Kind == SpacePlanKind.Partial;
    }
}
