namespace IIJReportGen.Layout;

/// <summary>A piece of content that can say how much space it needs (<see cref="Measure"/>) and then draw itself (<see cref="Draw"/>).</summary>
/// <remarks>
/// Measure never changes state. Draw is called after a Measure that did not wrap, with at most the space measured;
/// an element that continues on the next page keeps its position, and one that has drawn its last part starts over,
/// so the same element can be drawn again (a repeated table header, a page footer).
/// </remarks>
public abstract class Element
{
    public abstract SpacePlan Measure(Size available, LayoutContext context);

    public abstract void Draw(Size available, PageCanvas canvas);

    /// <summary>True when this element must not end a page (a heading): it moves on with what follows.</summary>
    public virtual bool KeepsWithNext => false;
}
