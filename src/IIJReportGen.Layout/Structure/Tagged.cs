namespace IIJReportGen.Layout;

/// <summary>Marks the child's content, on every page it reaches, as the content of a structure element (tagged PDF).</summary>
public sealed class Tagged(StructureElement structure) : Decorator
{
    public StructureElement Structure { get; } = structure;

    public override SpacePlan Measure(Size available, LayoutContext context) => MeasureContent(available, context);

    public override void Draw(Size available, PageCanvas canvas)
    {
        canvas.BeginStructure(Structure);
        DrawContent(available, canvas);
        canvas.EndStructure(Structure);
    }
}
