using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>Where elements draw: records operations for one page at the current offset.</summary>
public sealed class PageCanvas
{
    private readonly List<DrawOperation> _operations;
    private readonly List<TextPlacement> _placements = [];
    private float _x;
    private float _y;

    /// <param name="context">The layout under way.</param>
    /// <param name="operations">Room for this many operations to start with (a page's content takes about as many as the page
    /// before it), so a page's list is not grown from empty by doubling.</param>
    internal PageCanvas(LayoutContext context, int operations = 0)
    {
        Context = context;
        _operations = new List<DrawOperation>(operations);
    }

    public LayoutContext Context { get; }

    internal IReadOnlyList<DrawOperation> Operations => _operations;

    internal IReadOnlyList<TextPlacement> Placements => _placements;

    /// <summary>Drops the room a finished page did not use: its operations are kept until the document is written.</summary>
    internal void Finish() => _operations.TrimExcess();

    /// <summary>Moves the origin; callers move it back after drawing a child.</summary>
    public void Translate(float dx, float dy)
    {
        _x += dx;
        _y += dy;
    }

    public SKPoint Offset => new(_x, _y);

    public void FillRectangle(float x, float y, float width, float height, Color color)
    {
        if (color.Alpha > 0 && width > 0 && height > 0)
            _operations.Add(new FilledRectangle(SKRect.Create(_x + x, _y + y, width, height), color));
    }

    public void DrawLine(float x1, float y1, float x2, float y2, float thickness, Color color)
    {
        if (color.Alpha > 0 && thickness > 0)
            _operations.Add(new StrokedLine(new SKPoint(_x + x1, _y + y1), new SKPoint(_x + x2, _y + y2), thickness, color));
    }

    public void DrawImage(SKRect bounds, SKImage image) => _operations.Add(new PlacedImage(Move(bounds), image));

    public void LinkToUrl(SKRect bounds, string url) => _operations.Add(new UrlLink(Move(bounds), url));

    public void LinkToDestination(SKRect bounds, string destination) => _operations.Add(new DestinationLink(Move(bounds), destination));

    public void AddDestination(string name) => _operations.Add(new NamedDestination(new SKPoint(_x, _y), name));

    public void BeginStructure(StructureElement element) => _operations.Add(new BeginStructure(element));

    public void EndStructure(StructureElement element) => _operations.Add(new EndStructure(element));

    public void BeginArtifact(ArtifactKind kind) => _operations.Add(new BeginArtifact(kind));

    public void EndArtifact() => _operations.Add(new EndArtifact());

    /// <summary>Records that text carrying <paramref name="mark"/> is drawn in <paramref name="bounds"/> (local coordinates).</summary>
    public void Place(int mark, SKRect bounds) => _placements.Add(new TextPlacement(mark, Move(bounds)));

    /// <summary>Adds a run; its origin is in page coordinates (add <see cref="Offset"/> to a local position).</summary>
    public void DrawGlyphRun(GlyphRun run) => _operations.Add(run);

    private SKRect Move(SKRect bounds) => SKRect.Create(_x + bounds.Left, _y + bounds.Top, bounds.Width, bounds.Height);
}
