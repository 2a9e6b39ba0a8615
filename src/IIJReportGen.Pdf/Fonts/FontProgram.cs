using System.Buffers.Binary;
using System.Text;

namespace IIJReportGen.Pdf;

/// <summary>What the PDF's font dictionaries say about a TrueType/OpenType font, read from its tables: name, metrics, advance widths.</summary>
internal sealed class FontProgram
{
    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);
    private readonly int _metricCount;
    private readonly int _metricsAt;

    public FontProgram(byte[] data)
    {
        _data = data;
        var tableCount = U16(4);
        for (var i = 0; i < tableCount; i++)
        {
            var record = 12 + 16 * i;
            _tables[Encoding.ASCII.GetString(data, record, 4)] = ((int)U32(record + 8), (int)U32(record + 12));
        }
        var head = Table("head");
        UnitsPerEm = U16(head + 18);
        BoundingBox = [S16(head + 36), S16(head + 38), S16(head + 40), S16(head + 42)];
        var hhea = Table("hhea");
        Ascent = S16(hhea + 4);
        Descent = S16(hhea + 6);
        _metricCount = U16(hhea + 34);
        _metricsAt = Table("hmtx");
        var post = Table("post");
        ItalicAngle = (int)U32(post + 4) / 65536.0;
        IsFixedPitch = U32(post + 12) != 0;
        if (_tables.TryGetValue("OS/2", out var os2))
        {
            Weight = U16(os2.Offset + 4);
            CapHeight = U16(os2.Offset) >= 2 && os2.Length >= 90 ? S16(os2.Offset + 88) : Ascent;
        }
        else
        {
            (Weight, CapHeight) = (400, Ascent);
        }
        IsCff = _tables.ContainsKey("CFF ");
        PostScriptName = ReadPostScriptName() ?? "Font";
    }

    public int UnitsPerEm { get; }

    public int[] BoundingBox { get; }

    public int Ascent { get; }

    public int Descent { get; }

    public int CapHeight { get; }

    public int Weight { get; }

    public double ItalicAngle { get; }

    public bool IsFixedPitch { get; }

    /// <summary>True for OpenType fonts with CFF outlines (PDF CIDFontType0); false for TrueType outlines (CIDFontType2).</summary>
    public bool IsCff { get; }

    public string PostScriptName { get; }

    /// <summary>The advance width of <paramref name="glyph"/> in font units (the last metric repeats for glyphs beyond it, as hmtx says).</summary>
    public int Advance(ushort glyph) => U16(_metricsAt + 4 * Math.Min(glyph, _metricCount - 1));

    /// <summary>Scales font units to the PDF's glyph space (1000 units per em).</summary>
    public double ToGlyphSpace(int units) => units * 1000.0 / UnitsPerEm;

    private int Table(string tag) => _tables.TryGetValue(tag, out var table)
        ? table.Offset
        : throw new InvalidOperationException($"The font has no '{tag}' table.");

    /// <summary>Name id 6 from the Windows (UTF-16) or Macintosh (Roman) records, reduced to the characters a PDF name allows.</summary>
    private string? ReadPostScriptName()
    {
        if (!_tables.TryGetValue("name", out var name))
            return null;
        var count = U16(name.Offset + 2);
        var strings = name.Offset + U16(name.Offset + 4);
        for (var i = 0; i < count; i++)
        {
            var record = name.Offset + 6 + 12 * i;
            var (platform, id, length, offset) = (U16(record), U16(record + 6), U16(record + 8), U16(record + 10));
            if (id != 6)
                continue;
            var text = platform == 3 ? Encoding.BigEndianUnicode.GetString(_data, strings + offset, length)
                : platform == 1 ? Encoding.Latin1.GetString(_data, strings + offset, length) : null;
            var clean = text is null ? "" : new string(text.Where(c => c is > ' ' and < '\u007F' and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%' or '#')).ToArray());
            if (clean.Length > 0)
                return clean;
        }
        return null;
    }

    private int U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(at));

    private short S16(int at) => BinaryPrimitives.ReadInt16BigEndian(_data.AsSpan(at));

    private uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(at));
}
