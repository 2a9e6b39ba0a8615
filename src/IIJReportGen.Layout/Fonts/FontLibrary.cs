using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>Finds installed fonts by family name through the platform font manager (fontconfig on Linux) and keeps them loaded.</summary>
/// <remarks>Thread-safe: one library can serve many documents, so fonts are loaded and shaped text is cached once per process.</remarks>
public sealed class FontLibrary(SKFontManager fontManager)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Family, int Weight, bool Italic), FontFace?> _requests = [];
    private readonly Dictionary<(string Family, int Weight, SKFontStyleSlant Slant, int Width), FontFace> _faces = [];
    private readonly Dictionary<(string Families, int Weight, bool Italic), FontChain> _chains = [];

    /// <summary>The process-wide library over the default font manager.</summary>
    public static FontLibrary Shared { get; } = new(SKFontManager.Default);

    /// <summary>The installed face closest to the request, or null when the family is not installed (no silent substitution).</summary>
    public FontFace? Find(string family, int weight, bool italic)
    {
        lock (_gate)
        {
            var request = (family.ToUpperInvariant(), weight, italic);
            if (_requests.TryGetValue(request, out var known))
                return known;
            var style = new SKFontStyle(weight, (int)SKFontStyleWidth.Normal, italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);
            var typeface = fontManager.MatchFamily(family, style);
            FontFace? face = null;
            if (typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
            {
                var identity = (typeface.FamilyName, typeface.FontWeight, typeface.FontSlant, typeface.FontWidth);
                if (!_faces.TryGetValue(identity, out face))
                {
                    face = new FontFace(typeface);
                    _faces.Add(identity, face);
                }
            }
            _requests.Add(request, face);
            return face;
        }
    }

    /// <summary>The installed faces of <paramref name="families"/>, in order, for picking a face per character.</summary>
    public FontChain Chain(IReadOnlyList<string> families, int weight, bool italic)
    {
        var key = (string.Join('\n', families), weight, italic);
        lock (_gate)
        {
            if (_chains.TryGetValue(key, out var chain))
                return chain;
        }
        var faces = families.Select(f => Find(f, weight, italic)).OfType<FontFace>().Distinct().ToList();
        var missing = families.Where(f => Find(f, weight, italic) is null).ToList();
        var created = new FontChain(faces, weight, italic, missing);
        lock (_gate)
        {
            return _chains.TryAdd(key, created) ? created : _chains[key];
        }
    }
}
