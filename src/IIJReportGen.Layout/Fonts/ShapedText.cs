using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>HarfBuzz output for one piece of text, in em units so one shaping serves every font size.</summary>
public sealed class ShapedText(ushort[] glyphs, int[] clusters, float[] advances, SKPoint[] offsets)
{
    public ushort[] Glyphs { get; } = glyphs;

    /// <summary>For each glyph, the UTF-16 index of its first character in the shaped text.</summary>
    public int[] Clusters { get; } = clusters;

    public float[] Advances { get; } = advances;

    /// <summary>Each glyph's offset from its pen position, in em; empty when every glyph sits at its pen position (most text).</summary>
    public SKPoint[] Offsets { get; } = offsets;

    /// <summary>The offset of glyph <paramref name="index"/> (zero when <see cref="Offsets"/> is empty).</summary>
    public SKPoint OffsetOf(int index) => Offsets.Length == 0 ? default : Offsets[index];

    public float Width { get; } = advances.Sum();
}
