using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>HarfBuzz output for one piece of text, in em units so one shaping serves every font size.</summary>
/// <remarks>The glyphs are one array of records, not an array per field: a table's unique figures are shaped by the thousand,
/// and each shape was four objects.</remarks>
public sealed class ShapedText
{
    public ShapedText(ShapedGlyph[] glyphs, SKPoint[] offsets)
    {
        Glyphs = glyphs;
        Offsets = offsets;
        // Summed as Enumerable.Sum sums floats (in double), so widths, and the lines they make, stay what they were.
        var width = 0d;
        foreach (var glyph in glyphs)
            width += glyph.Advance;
        Width = (float)width;
    }

    public ShapedGlyph[] Glyphs { get; }

    /// <summary>Each glyph's offset from its pen position, in em; empty when every glyph sits at its pen position (most text).</summary>
    public SKPoint[] Offsets { get; }

    /// <summary>The offset of glyph <paramref name="index"/> (zero when <see cref="Offsets"/> is empty).</summary>
    public SKPoint OffsetOf(int index) => Offsets.Length == 0 ? default : Offsets[index];

    public float Width { get; }
}

/// <summary>One glyph of a shaped text: its id in the face, the UTF-16 index of its first character in the shaped text, and its advance in em.</summary>
public readonly record struct ShapedGlyph(ushort Id, int Cluster, float Advance);
