namespace IIJReportGen.Layout;

/// <summary>A piece of content that can say how much space it needs (<see cref="Measure"/>) and then draw itself (<see cref="Draw"/>).</summary>
/// <remarks>
/// Measure never changes state. Draw is called after a Measure that did not wrap, with at most the space measured;
/// an element that continues on the next page keeps its position, and one that has drawn its last part starts over,
/// so the same element can be drawn again (a repeated table header, a page footer).
/// What an element works out to lay itself out (a paragraph's shaped pieces and lines, a table's row heights) it may keep
/// from a Measure to the Draw of its last part, never past it: the document tree lives through the whole render, so state
/// kept past the last draw would live, and be copied by the collections, to the end. Measure may run several times before
/// a Draw (keep rules, the paginator's relaxed retry, a table's row heights), at other widths (an automatic width asks at an
/// infinite one), and a band's elements are measured on every page before the bands are drawn: keep such state by width.
/// One known exception: a <see cref="Row"/> measures every automatic item at an infinite width on each Measure and Draw, so a
/// paragraph in an automatic item that has finished while the row goes on to the next page takes its setting again and keeps
/// it for the rest of the render (one setting per such item; Markup makes no automatic row items).
/// </remarks>
public abstract class Element
{
    public abstract SpacePlan Measure(Size available, LayoutContext context);

    public abstract void Draw(Size available, PageCanvas canvas);

    /// <summary>True when this element must not end a page (a heading): it moves on with what follows.</summary>
    public virtual bool KeepsWithNext => false;
}
