using System.Collections.Concurrent;
using HarfBuzzSharp;
using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>One font file face: the Skia typeface to draw with, the HarfBuzz font to shape with, and its metrics in em units.</summary>
public sealed class FontFace
{
    private readonly ConcurrentDictionary<int, bool> _coverage = new();
    private readonly ConcurrentDictionary<(string Text, bool Tabular), ShapedText> _shapes = new();
    private readonly HarfBuzzSharp.Font _shapingFont;

    internal FontFace(SKTypeface typeface)
    {
        Typeface = typeface;
        using (var stream = typeface.OpenStream(out var faceIndex))
        {
            FaceIndex = faceIndex;
            var data = new byte[stream.Length];
            stream.Read(data, data.Length);
            Data = data;
        }
        using var blob = Blob.FromStream(new MemoryStream(Data));
        using var face = new Face(blob, FaceIndex);
        UnitsPerEm = face.UnitsPerEm;
        _shapingFont = new HarfBuzzSharp.Font(face);
        _shapingFont.SetScale(UnitsPerEm, UnitsPerEm);
        using var font = new SKFont(typeface, 1);
        var metrics = font.Metrics;
        Ascent = -metrics.Ascent;
        Descent = metrics.Descent;
        UnderlinePosition = metrics.UnderlinePosition ?? 0.1f;
        UnderlineThickness = metrics.UnderlineThickness ?? 0.05f;
        // Faces whose outlines are CFF or variable are written by Skia as Type 3 fonts, which extract poorly.
        IsTrueTypeOutline = typeface.GetTableTags().Contains(GlyfTag) && !typeface.GetTableTags().Contains(FvarTag);
    }

    private static readonly uint GlyfTag = Tag.Parse("glyf");
    private static readonly uint FvarTag = Tag.Parse("fvar");

    public SKTypeface Typeface { get; }

    public string FamilyName => Typeface.FamilyName;

    public int Weight => Typeface.FontWeight;

    public bool IsItalic => Typeface.FontSlant != SKFontStyleSlant.Upright;

    /// <summary>The font file's bytes, for subsetting.</summary>
    public byte[] Data { get; }

    /// <summary>The face's index inside a font collection file (0 for a plain font file).</summary>
    public int FaceIndex { get; }

    public int UnitsPerEm { get; }

    /// <summary>Distance from baseline to the top of the line box, in em.</summary>
    public float Ascent { get; }

    /// <summary>Distance from baseline to the bottom of the line box, in em.</summary>
    public float Descent { get; }

    public float UnderlinePosition { get; }

    public float UnderlineThickness { get; }

    public bool IsTrueTypeOutline { get; }

    public bool HasGlyph(int codepoint) =>
        _coverage.GetOrAdd(codepoint, static (c, f) => f._shapingFont.TryGetNominalGlyph(c, out _), this);

    /// <summary>Shapes a piece of text once; later calls with the same text return the cached glyphs.</summary>
    public ShapedText Shape(string text, bool tabularFigures) =>
        _shapes.GetOrAdd((text, tabularFigures), static (key, face) => face.ShapeNow(key.Text, key.Tabular), this);

    private ShapedText ShapeNow(string text, bool tabularFigures)
    {
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        _shapingFont.Shape(buffer, tabularFigures ? TabularFeatures : []);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = 1f / UnitsPerEm;
        var glyphs = new ushort[infos.Length];
        var clusters = new int[infos.Length];
        var advances = new float[infos.Length];
        var offsets = new SKPoint[infos.Length];
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            advances[i] = positions[i].XAdvance * scale;
            offsets[i] = new SKPoint(positions[i].XOffset * scale, -positions[i].YOffset * scale);
        }
        return new ShapedText(glyphs, clusters, advances, offsets);
    }

    private static readonly Feature[] TabularFeatures = [new Feature(Tag.Parse("tnum"))];

    public override string ToString() => $"{FamilyName} {Weight}{(IsItalic ? " italic" : "")}";
}
