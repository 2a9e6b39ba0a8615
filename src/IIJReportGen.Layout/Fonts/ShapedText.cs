using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>HarfBuzz output for one piece of text, in em units so one shaping serves every font size.</summary>
public sealed class ShapedText(ushort[] glyphs, int[] clusters, float[] advances, SKPoint[] offsets)
{
    public ushort[] Glyphs { get; } = glyphs;

    /// <summary>For each glyph, the UTF-16 index of its first character in the shaped text.</summary>
    public int[] Clusters { get; } = clusters;

    public float[] Advances { get; } = advances;

    public SKPoint[] Offsets { get; } = offsets;

    public float Width { get; } = advances.Sum();
}
