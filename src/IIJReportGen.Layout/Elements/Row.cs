namespace IIJReportGen.Layout;

/// <summary>Items side by side with constant, relative or content-based widths; the row is as tall as its tallest item.</summary>
public sealed class Row : Element
{
    private readonly List<(Width Width, Element Element)> _items = [];
    private bool[] _done = [];

    /// <summary>Horizontal space between items, in points.</summary>
    public float Spacing { get; set; }

    public Row Add(Width width, Element element)
    {
        _items.Add((width, element));
        return this;
    }

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        if (_items.Count == 0)
            return SpacePlan.Empty;
        var widths = Widths(available, context);
        var height = 0f;
        var partial = false;
        var drawsSomething = false;
        for (var i = 0; i < _items.Count; i++)
        {
            if (IsDone(i))
                continue;
            var plan = _items[i].Element.Measure(new Size(widths[i], available.Height), context);
            if (plan.Kind == SpacePlanKind.Wrap)
                return SpacePlan.Wrap;
            drawsSomething |= plan.Draws;
            partial |= plan.Kind == SpacePlanKind.Partial;
            height = Math.Max(height, plan.Height);
        }
        if (!drawsSomething)
            return SpacePlan.Empty;
        var width = widths.Sum() + Spacing * (_items.Count - 1);
        return partial ? SpacePlan.Partial(width, height) : SpacePlan.Full(width, height);
    }

    public override void Draw(Size available, PageCanvas canvas)
    {
        var widths = Widths(available, canvas.Context);
        if (_done.Length != _items.Count)
            _done = new bool[_items.Count];
        var x = 0f;
        var finished = true;
        for (var i = 0; i < _items.Count; i++)
        {
            if (!_done[i])
            {
                var size = new Size(widths[i], available.Height);
                var plan = _items[i].Element.Measure(size, canvas.Context);
                canvas.Translate(x, 0);
                if (plan.Draws)
                    _items[i].Element.Draw(size, canvas);
                canvas.Translate(-x, 0);
                _done[i] = plan.Kind != SpacePlanKind.Partial;
                finished &= _done[i];
            }
            x += widths[i] + Spacing;
        }
        if (finished)
            _done = []; // started over (see Element): a list item's row would keep its array to the end of the render
    }

    private bool IsDone(int index) => index < _done.Length && _done[index];

    private float[] Widths(Size available, LayoutContext context) =>
        Width.Resolve(_items.Select(i => i.Width).ToList(), available.Width - Spacing * (_items.Count - 1),
            i => _items[i].Element.Measure(new Size(float.PositiveInfinity, float.PositiveInfinity), context).Width);
}
