using System.Collections.Concurrent;
using HarfBuzzSharp;
using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>One font file face: the Skia typeface to draw with, the HarfBuzz font to shape with, and its metrics in em units.</summary>
public sealed class FontFace
{
    // Coverage of the Basic Multilingual Plane, asked once per character laid out: 0 = not asked yet, 1 = has a glyph, 2 = has none.
    // Byte writes are atomic, and two threads asking at once store the same answer.
    private readonly byte[] _bmpCoverage = new byte[0x10000];
    private readonly ConcurrentDictionary<int, bool> _coverage = new();
    private readonly ShapeCache _shapes;
    private readonly FontBytes _bytes;
    private readonly Blob _blob;
    private readonly Face _face;
    private readonly HarfBuzzSharp.Font _shapingFont;

    // HarfBuzzSharp's font is not safe to shape with from several threads at once (tests and builds share faces).
    private readonly Lock _shapingGate = new();

    // One HarfBuzz buffer, emptied for each text shaped under the gate: a buffer per shaping was a native allocation and a
    // finalizable object per cache miss (every unique figure of a table).
    private readonly HarfBuzzSharp.Buffer _shapingBuffer = new();

    internal FontFace(FontEntry entry)
    {
        _bytes = entry.Bytes;
        FaceIndex = entry.Index;
        Source = entry.Source;
        // Skia and HarfBuzz read the one mapped copy of the file; neither copies it.
        using (var data = SKData.Create(_bytes.Pointer, _bytes.Length))
            Typeface = SKTypeface.FromData(data, FaceIndex) ?? throw new IOException($"Font '{Source}' (face {FaceIndex}) cannot be read.");
        _blob = new Blob(_bytes.Pointer, _bytes.Length, MemoryMode.ReadOnly);
        _face = new Face(_blob, FaceIndex);
        UnitsPerEm = _face.UnitsPerEm;
        _shapingFont = new HarfBuzzSharp.Font(_face);
        _shapingFont.SetScale(UnitsPerEm, UnitsPerEm);
        _shapes = new ShapeCache(ShapeNow);
        using var font = new SKFont(Typeface, 1);
        var metrics = font.Metrics;
        Ascent = -metrics.Ascent;
        Descent = metrics.Descent;
        UnderlinePosition = metrics.UnderlinePosition ?? 0.1f;
        UnderlineThickness = metrics.UnderlineThickness ?? 0.05f;
    }

    public SKTypeface Typeface { get; }

    public string FamilyName => Typeface.FamilyName;

    public int Weight => Typeface.FontWeight;

    public bool IsItalic => Typeface.FontSlant != SKFontStyleSlant.Upright;

    /// <summary>The font file's bytes, for subsetting: a read-only view of the mapped file, not a copy.</summary>
    public ReadOnlyMemory<byte> Data => _bytes.Memory;

    /// <summary>The SHA-256 of the font file (lowercase hex), for a manifest; worked out once per process.</summary>
    public string Sha256 => _bytes.Sha256;

    /// <summary>Where the face comes from, the same on every machine: <c>fonts/&lt;file&gt;</c> when bundled, <c>fontconfig:&lt;PostScript name&gt;</c> when installed.</summary>
    public string Source { get; }

    /// <summary>The face's index inside a font collection file (0 for a plain font file).</summary>
    public int FaceIndex { get; }

    public int UnitsPerEm { get; }

    /// <summary>Distance from baseline to the top of the line box, in em.</summary>
    public float Ascent { get; }

    /// <summary>Distance from baseline to the bottom of the line box, in em.</summary>
    public float Descent { get; }

    public float UnderlinePosition { get; }

    public float UnderlineThickness { get; }

    public bool HasGlyph(int codepoint)
    {
        if ((uint)codepoint > 0xFFFF)
            return _coverage.GetOrAdd(codepoint, static (c, f) => f.HasGlyphNow(c), this);
        var known = _bmpCoverage[codepoint];
        if (known == 0)
            _bmpCoverage[codepoint] = known = HasGlyphNow(codepoint) ? (byte)1 : (byte)2;
        return known == 1;
    }

    private bool HasGlyphNow(int codepoint)
    {
        lock (_shapingGate)
            return _shapingFont.TryGetNominalGlyph(codepoint, out _);
    }

    /// <summary>Shapes the characters [start, start + length) of <paramref name="source"/>; a word or figure shaped recently is
    /// taken from a bounded cache (<see cref="ShapeCache"/>), and a hit copies none of the characters.</summary>
    internal ShapedText Shape(string source, int start, int length, bool tabularFigures) => _shapes.Get(source, start, length, tabularFigures);

    private ShapedText ShapeNow(string text, bool tabularFigures)
    {
        lock (_shapingGate)
            return ShapeLocked(text, tabularFigures);
    }

    private ShapedText ShapeLocked(string text, bool tabularFigures)
    {
        var buffer = _shapingBuffer;
        buffer.ClearContents();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        _shapingFont.Shape(buffer, tabularFigures ? TabularFeatures : []);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = 1f / UnitsPerEm;
        var glyphs = new ShapedGlyph[infos.Length];
        var offBaseline = false;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = new ShapedGlyph((ushort)infos[i].Codepoint, (int)infos[i].Cluster, positions[i].XAdvance * scale);
            offBaseline |= positions[i].XOffset != 0 || positions[i].YOffset != 0;
        }
        if (!offBaseline)
            return new ShapedText(glyphs, []);
        var offsets = new SKPoint[infos.Length];
        for (var i = 0; i < infos.Length; i++)
            offsets[i] = new SKPoint(positions[i].XOffset * scale, -positions[i].YOffset * scale);
        return new ShapedText(glyphs, offsets);
    }

    private static readonly Feature[] TabularFeatures = [new Feature(Tag.Parse("tnum"))];

    public override string ToString() => $"{FamilyName} {Weight}{(IsItalic ? " italic" : "")}";
}
