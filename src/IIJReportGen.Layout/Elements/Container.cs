namespace IIJReportGen.Layout;

/// <summary>A slot holding one element; the fluent composition methods fill it. A <see cref="Decorator"/> is a slot too.</summary>
public class Container : Element
{
    public Element? Content { get; private set; }

    /// <summary>Puts <paramref name="element"/> into the slot and returns it.</summary>
    public T Set<T>(T element) where T : Element
    {
        if (Content is not null)
            throw new InvalidOperationException($"This container already holds a {Content.GetType().Name}; wrap several elements in a Column.");
        Content = element;
        return element;
    }

    public override SpacePlan Measure(Size available, LayoutContext context) => MeasureContent(available, context);

    public override void Draw(Size available, PageCanvas canvas) => DrawContent(available, canvas);

    public override bool KeepsWithNext => Content?.KeepsWithNext ?? false;

    /// <summary>The content's plan; an empty slot's is <see cref="SpacePlan.Empty"/>.</summary>
    internal SpacePlan MeasureContent(Size available, LayoutContext context) => Content?.Measure(available, context) ?? SpacePlan.Empty;

    internal void DrawContent(Size available, PageCanvas canvas) => Content?.Draw(available, canvas);
}
