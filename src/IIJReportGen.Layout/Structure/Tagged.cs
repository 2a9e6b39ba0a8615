namespace IIJReportGen.Layout;

/// <summary>Marks the child's content, on every page it reaches, as the content of a structure element (tagged PDF).</summary>
public sealed class Tagged(StructureElement structure) : Decorator
{
    public StructureElement Structure { get; } = structure;

    public override SpacePlan Measure(Size available, LayoutContext context) => Child.Measure(available, context);

    public override void Draw(Size available, PageCanvas canvas)
    {
        canvas.BeginStructure(Structure);
        Child.Draw(available, canvas);
        canvas.EndStructure(Structure);
    }
}
