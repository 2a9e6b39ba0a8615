using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>One recorded drawing step of a laid-out page, in page coordinates (points, origin top-left).</summary>
public abstract record DrawOperation;

/// <summary>Shaped glyphs of one font at one size, with the text they came from so the PDF extracts correctly.</summary>
/// <remarks>
/// X gives glyph origins along the baseline relative to Origin; YOffsets is empty unless a glyph sits off the baseline (marks).
/// Clusters give, per glyph, the UTF-8 byte offset in Text of the characters it shows. Glyphs, X, Clusters and YOffsets are one
/// stretch of a chunk shared by many runs (<see cref="GlyphBuffer"/>), and face, size, synthetic styles and colour one
/// <see cref="RunStyle"/> shared by the document's runs: a run keeps references, not copies, because a long document keeps
/// every run until it is written (64 bytes a run); clusters 0, 1, 2, … (most runs) are a shared array's, one for the whole
/// process: read a run's memory, never write through it.
/// </remarks>
public sealed record GlyphRun : DrawOperation
{
    private readonly RunStyle _style;
    private readonly GlyphBuffer.Chunk _chunk;
    private readonly int _start;
    private readonly int _count;
    private readonly bool _consecutiveClusters;
    private readonly bool _offBaseline;

    internal GlyphRun(RunStyle style, SKPoint origin, GlyphBuffer.Slice glyphs, string text, float width)
    {
        (_style, Origin, Text, Width) = (style, origin, text, width);
        (_chunk, _start, _count, _consecutiveClusters, _offBaseline) = (glyphs.Chunk, glyphs.Start, glyphs.Count, glyphs.ConsecutiveClusters, glyphs.OffBaseline);
    }

    public FontFace Face => _style.Face;

    public float FontSize => _style.FontSize;

    public bool SyntheticBold => _style.SyntheticBold;

    public bool SyntheticItalic => _style.SyntheticItalic;

    public Color Color => _style.Color;

    public SKPoint Origin { get; }

    public ReadOnlyMemory<ushort> Glyphs => _chunk.Glyphs.AsMemory(_start, _count);

    public ReadOnlyMemory<float> X => _chunk.X.AsMemory(_start, _count);

    public ReadOnlyMemory<float> YOffsets => _offBaseline ? _chunk.YOffsets.AsMemory(_start, _count) : ReadOnlyMemory<float>.Empty;

    public string Text { get; }

    public ReadOnlyMemory<uint> Clusters => GlyphBuffer.Clusters(_chunk, _start, _count, _consecutiveClusters);

    public float Width { get; }

    /// <summary>Glyph origins relative to <see cref="Origin"/>, as points (a copy, for inspection).</summary>
    public SKPoint[] Positions()
    {
        var x = X.Span;
        var y = YOffsets.Span;
        var positions = new SKPoint[x.Length];
        for (var i = 0; i < positions.Length; i++)
            positions[i] = new SKPoint(x[i], y.IsEmpty ? 0 : y[i]);
        return positions;
    }
}

/// <summary>A filled rectangle (backgrounds).</summary>
public sealed record FilledRectangle(SKRect Bounds, Color Color) : DrawOperation;

/// <summary>A filled shape (nonzero winding), such as a word's outlines drawn as a picture, not as text.</summary>
public sealed record FilledPath(SKPath Path, Color Color) : DrawOperation;

/// <summary>A straight line (borders, rules, underlines).</summary>
public sealed record StrokedLine(SKPoint From, SKPoint To, float Thickness, Color Color) : DrawOperation;

/// <summary>A raster or vector image scaled into a rectangle.</summary>
public sealed record PlacedImage(SKRect Bounds, SKImage Image) : DrawOperation;

/// <summary>A clickable area opening a URL (web or mailto).</summary>
public sealed record UrlLink(SKRect Bounds, string Url) : DrawOperation;

/// <summary>A clickable area jumping to a named destination in the same document.</summary>
public sealed record DestinationLink(SKRect Bounds, string Destination) : DrawOperation;

/// <summary>A named place on the page that links and outline entries point to.</summary>
public sealed record NamedDestination(SKPoint Point, string Name) : DrawOperation;

/// <summary>The content that follows, up to the matching <see cref="EndStructure"/>, belongs to <paramref name="Element"/> (tagged PDF; PNG and text ignore it).</summary>
public sealed record BeginStructure(StructureElement Element) : DrawOperation;

/// <summary>Closes the <see cref="BeginStructure"/> of the same element.</summary>
public sealed record EndStructure(StructureElement Element) : DrawOperation;

/// <summary>The content that follows, up to <see cref="EndArtifact"/>, is page furniture, outside the logical structure.</summary>
public sealed record BeginArtifact(ArtifactKind Kind) : DrawOperation;

/// <summary>Closes the innermost <see cref="BeginArtifact"/>.</summary>
public sealed record EndArtifact : DrawOperation;
