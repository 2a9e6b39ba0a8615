namespace IIJReportGen.Layout;

/// <summary>An element that wraps one child and changes how it is measured or drawn.</summary>
public abstract class Decorator : Element
{
    public Container Child { get; } = new();

    public override bool KeepsWithNext => Child.KeepsWithNext;
}
