namespace IIJReportGen.Layout;

/// <summary>
/// An element that holds one child in its own slot and changes how it is measured or drawn. The decorator is the slot (the
/// fluent methods fill it), not an object beside it: a table cell's padding is one object, and the document tree lives through
/// the whole render.
/// </summary>
public abstract class Decorator : Container
{
    // Abstract again (Container passes its content through): a decorator that forgot one would compile and change nothing.
    public abstract override SpacePlan Measure(Size available, LayoutContext context);

    public abstract override void Draw(Size available, PageCanvas canvas);
}
