namespace IIJReportGen.Layout;

/// <summary>Items stacked top to bottom with spacing; continues on the next page at the item where it stopped, keeping headings with what follows.</summary>
public sealed class Column : Element
{
    private readonly List<Element> _items = [];
    private int _current;

    public IReadOnlyList<Element> Items => _items;

    /// <summary>Vertical space between items, in points.</summary>
    public float Spacing { get; set; }

    public Column Add(Element item)
    {
        _items.Add(item);
        return this;
    }

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        var placed = Plan(available, context, out var finished);
        if (placed.Count == 0)
            return finished ? SpacePlan.Empty : SpacePlan.Wrap;
        var height = placed[^1].Top + placed[^1].Plan.Height;
        var width = float.IsInfinity(available.Width) ? placed.Max(p => p.Plan.Width) : available.Width;
        return finished ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    public override void Draw(Size available, PageCanvas canvas)
    {
        var placed = Plan(available, canvas.Context, out var finished);
        foreach (var (index, top, plan) in placed)
        {
            canvas.Translate(0, top);
            _items[index].Draw(new Size(available.Width, plan.Height), canvas);
            canvas.Translate(0, -top);
            if (plan.Kind == SpacePlanKind.Full)
                _current = index + 1;
        }
        if (finished)
            _current = 0;
    }

    /// <summary>The items that go on this page, with their tops; <paramref name="finished"/> when the column ends here.</summary>
    private List<(int Index, float Top, SpacePlan Plan)> Plan(Size available, LayoutContext context, out bool finished)
    {
        var placed = new List<(int Index, float Top, SpacePlan Plan)>();
        var top = 0f;
        var index = _current;
        for (; index < _items.Count; index++)
        {
            var gap = placed.Count > 0 && placed[^1].Plan.Height > 0 ? Spacing : 0;
            var plan = _items[index].Measure(new Size(available.Width, Math.Max(0, available.Height - top - gap)), context);
            if (plan.Kind == SpacePlanKind.Empty)
                continue;
            if (plan.Kind == SpacePlanKind.Wrap)
                break;
            top += gap;
            placed.Add((index, top, plan));
            top += plan.Height;
            if (plan.Kind == SpacePlanKind.Partial)
                break;
        }
        finished = index >= _items.Count;
        var stoppedBeforeNext = !finished && (placed.Count == 0 || placed[^1].Index != index);
        if (stoppedBeforeNext && !context.Relaxed)
        {
            // A heading must not end the page: move it (and headings right before it) to the next page.
            while (placed.Count > 0 && placed[^1].Plan.Kind == SpacePlanKind.Full && _items[placed[^1].Index].KeepsWithNext)
                placed.RemoveAt(placed.Count - 1);
        }
        return placed;
    }
}
