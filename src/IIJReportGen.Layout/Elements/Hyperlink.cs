using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>Makes the child's area clickable: a URL, a mailto: address, or "#name" for a destination in the document.</summary>
public sealed class Hyperlink(string target) : Decorator
{
    public string Target { get; } = target;

    public override SpacePlan Measure(Size available, LayoutContext context) => MeasureContent(available, context);

    public override void Draw(Size available, PageCanvas canvas)
    {
        var plan = MeasureContent(available, canvas.Context);
        // The link's structure element holds both its content and its annotation.
        var structure = canvas.Context.Tagged ? new StructureElement(StructureRole.Link) : null;
        if (structure is not null)
            canvas.BeginStructure(structure);
        DrawContent(available, canvas);
        var bounds = SKRect.Create(0, 0, plan.Width, plan.Height);
        if (Target.StartsWith('#'))
            canvas.LinkToDestination(bounds, Target[1..]);
        else
            canvas.LinkToUrl(bounds, Target);
        if (structure is not null)
            canvas.EndStructure(structure);
    }
}
