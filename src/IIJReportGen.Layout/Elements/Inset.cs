namespace IIJReportGen.Layout;

/// <summary>The shared arithmetic of padding and borders: measure and draw a decorator's content inside a thickness.</summary>
internal static class Inset
{
    public static SpacePlan Measure(Decorator decorator, Thickness inset, Size available, LayoutContext context)
    {
        var inner = new Size(Math.Max(0, available.Width - inset.Horizontal), Math.Max(0, available.Height - inset.Vertical));
        var plan = decorator.MeasureContent(inner, context);
        if (plan.Kind == SpacePlanKind.Wrap)
            return plan;
        if (plan.Kind == SpacePlanKind.Empty)
        {
            var fits = inset.Vertical <= available.Height + Size.Epsilon;
            return fits ? SpacePlan.Full(Finite(available.Width, inset.Horizontal), inset.Vertical) : SpacePlan.Wrap;
        }
        return plan with { Width = plan.Width + inset.Horizontal, Height = plan.Height + inset.Vertical };
    }

    public static void Draw(Decorator decorator, Thickness inset, Size available, PageCanvas canvas)
    {
        canvas.Translate(inset.Left, inset.Top);
        decorator.DrawContent(new Size(Math.Max(0, available.Width - inset.Horizontal), Math.Max(0, available.Height - inset.Vertical)), canvas);
        canvas.Translate(-inset.Left, -inset.Top);
    }

    private static float Finite(float width, float fallback) => float.IsInfinity(width) ? fallback : width;
}
