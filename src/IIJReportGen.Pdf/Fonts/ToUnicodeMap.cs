using System.Text;

namespace IIJReportGen.Pdf;

/// <summary>
/// The text each glyph stands for, taken from the runs' clusters as they are drawn (a ligature stands for its letters), and
/// written as a ToUnicode CMap so readers extract the characters the document was made from.
/// </summary>
internal sealed class ToUnicodeMap
{
    // Entries per bfchar block: the CMap format allows at most 100.
    private const int BlockSize = 100;

    // By glyph id, asked once per glyph drawn (null: no text yet); walked in glyph order when written.
    private string?[] _texts = new string?[256];

    public bool Knows(ushort glyph) => glyph < _texts.Length && _texts[glyph] is not null;

    /// <summary>Records the text of <paramref name="glyph"/>; the first text seen for a glyph stays (one glyph, one meaning).</summary>
    public void Add(ushort glyph, string text)
    {
        if (text.Length == 0 || Knows(glyph))
            return;
        if (glyph >= _texts.Length)
            Array.Resize(ref _texts, Math.Max(glyph + 1, Math.Min(_texts.Length * 2, ushort.MaxValue + 1)));
        _texts[glyph] = text;
    }

    public byte[] ToCMap()
    {
        var cmap = new StringBuilder();
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = new List<(ushort Glyph, string Text)>();
        for (var glyph = 0; glyph < _texts.Length; glyph++)
        {
            if (_texts[glyph] is { } text)
                entries.Add(((ushort)glyph, text));
        }
        for (var start = 0; start < entries.Count; start += BlockSize)
        {
            var block = entries.GetRange(start, Math.Min(BlockSize, entries.Count - start));
            cmap.Append(PdfSyntax.Integer(block.Count)).Append(" beginbfchar\n");
            foreach (var (glyph, text) in block)
                cmap.Append('<').Append(glyph.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append("> <")
                    .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))).Append(">\n");
            cmap.Append("endbfchar\n");
        }
        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(cmap.ToString());
    }
}
