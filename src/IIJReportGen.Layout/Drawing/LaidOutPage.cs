namespace IIJReportGen.Layout;

/// <summary>One finished page: its size and the drawing operations in painting order.</summary>
public sealed class LaidOutPage(Size size, IReadOnlyList<DrawOperation> operations)
{
    public Size Size { get; } = size;

    public IReadOnlyList<DrawOperation> Operations { get; } = operations;

    /// <summary>Where the marks of the text's origin are drawn, in painting order: kept beside the operations, which the painters replay unchanged.</summary>
    public IReadOnlyList<TextPlacement> Placements { get; init; } = [];
}
