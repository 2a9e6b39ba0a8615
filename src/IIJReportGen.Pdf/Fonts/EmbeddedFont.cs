using System.Text;
using IIJReportGen.Layout;

namespace IIJReportGen.Pdf;

/// <summary>
/// One face as a composite font: the subset program (glyph ids kept, so they are the CIDs under Identity-H), the widths of
/// the glyphs drawn, and a ToUnicode map built from the text they were shaped from. TrueType outlines become CIDFontType2,
/// CFF outlines CIDFontType0 with the OpenType program as FontFile3.
/// </summary>
internal sealed class EmbeddedFont
{
    private readonly SubsetFont _subset;
    // By glyph id, asked once per glyph drawn: the width plus one, 0 for a glyph not drawn yet. Walked in glyph order for /W.
    private int[] _widths = new int[256];

    public EmbeddedFont(string resourceName, int number, SubsetFont subset) =>
        (ResourceName, Number, _subset) = (resourceName, number, subset);

    /// <summary>The key in the pages' /Font resources ("F1").</summary>
    public string ResourceName { get; }

    /// <summary>The Type0 font's object number.</summary>
    public int Number { get; }

    public FontProgram Program => _subset.Program;

    public ToUnicodeMap ToUnicode { get; } = new();

    /// <summary>Six capitals naming this subset, derived from the characters it holds (the same document, the same tag).</summary>
    public string Tag => _subset.Tag;

    /// <summary>The advance of <paramref name="glyph"/> in glyph space (thousandths of an em, rounded as the /W array gives it), recording the glyph as used.</summary>
    public int Width(ushort glyph)
    {
        if (glyph >= _widths.Length)
            Array.Resize(ref _widths, Math.Max(glyph + 1, Math.Min(_widths.Length * 2, ushort.MaxValue + 1)));
        ref var known = ref _widths[glyph];
        if (known == 0)
            known = (int)Math.Round(Program.ToGlyphSpace(Program.Advance(glyph)), MidpointRounding.AwayFromZero) + 1;
        return known - 1;
    }

    public void Write(PdfFile file)
    {
        var baseFont = PdfSyntax.Name(Tag + "+" + Program.PostScriptName);
        var fontFile = Program.IsCff
            ? _subset.WriteProgram(file, " /Subtype /OpenType")
            : _subset.WriteProgram(file, " /Length1 " + PdfSyntax.Integer(_subset.Bytes.Length));
        var box = string.Join(' ', Program.BoundingBox.Select(v => PdfSyntax.Number(Program.ToGlyphSpace(v))));
        var descriptor = file.Write("<</Type /FontDescriptor /FontName " + baseFont + " /Flags " + PdfSyntax.Integer(Flags())
            + " /FontBBox [" + box + "] /ItalicAngle " + PdfSyntax.Number(Program.ItalicAngle)
            + " /Ascent " + PdfSyntax.Number(Program.ToGlyphSpace(Program.Ascent)) + " /Descent " + PdfSyntax.Number(Program.ToGlyphSpace(Program.Descent))
            + " /CapHeight " + PdfSyntax.Number(Program.ToGlyphSpace(Program.CapHeight)) + " /StemV " + PdfSyntax.Integer(StemV())
            + (Program.IsCff ? " /FontFile3 " : " /FontFile2 ") + PdfSyntax.Reference(fontFile) + ">>");
        var cidFont = file.Write("<</Type /Font /Subtype " + (Program.IsCff ? "/CIDFontType0" : "/CIDFontType2") + " /BaseFont " + baseFont
            + " /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor " + PdfSyntax.Reference(descriptor)
            + " /DW 1000 /W " + WidthArray() + (Program.IsCff ? "" : " /CIDToGIDMap /Identity") + ">>");
        var toUnicode = _subset.WriteToUnicode(file, ToUnicode.ToCMap());
        file.Write(Number, "<</Type /Font /Subtype /Type0 /BaseFont " + baseFont + " /Encoding /Identity-H /DescendantFonts ["
            + PdfSyntax.Reference(cidFont) + "] /ToUnicode " + PdfSyntax.Reference(toUnicode) + ">>");
    }

    /// <summary>Runs of consecutive glyph ids share one bracket: "[3 [278 556] 17 [500]]".</summary>
    private string WidthArray()
    {
        var array = new StringBuilder("[");
        var previous = -2;
        for (var glyph = 0; glyph < _widths.Length; glyph++)
        {
            if (_widths[glyph] == 0)
                continue;
            var width = _widths[glyph] - 1;
            if (glyph != previous + 1)
                array.Append(previous < 0 ? "" : "] ").Append(PdfSyntax.Integer(glyph)).Append(" [");
            else
                array.Append(' ');
            array.Append(PdfSyntax.Integer(width));
            previous = glyph;
        }
        return array.Append(previous < 0 ? "]" : "]]").ToString();
    }

    // Symbolic (4): the glyphs are reached by CID, not a standard encoding; FixedPitch (1) and Italic (64) as the font says.
    private int Flags() => 4 | (Program.IsFixedPitch ? 1 : 0) | (Program.ItalicAngle != 0 ? 64 : 0);

    // The font file has no stem width; this is the usual estimate from the weight class.
    private int StemV() => 50 + (int)Math.Round(Math.Pow(Program.Weight / 65.0, 2));
}
