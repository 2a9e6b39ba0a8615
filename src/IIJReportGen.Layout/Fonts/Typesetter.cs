using System.Globalization;
using System.Runtime.CompilerServices;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout;

/// <summary>Font services for one document: resolves styles to font chains and reports missing fonts and glyphs (errors: no silent substitution).</summary>
public sealed class Typesetter(FontLibrary fonts, IReadOnlyList<string> defaultFamilies, DiagnosticBag diagnostics)
{
    private readonly HashSet<(int Codepoint, string Fonts)> _reportedGlyphs = [];
    private readonly HashSet<(string Family, SourceLocation? DeclaredAt)> _reportedFamilies = [];
    private readonly List<FontFace> _faces = [];

    // Asked once per paragraph laid out, while a document names a handful of family lists (a style inherits its parent's list
    // object): the library's lookup joins the names into a key and takes a lock each time. A list met again, declared at the
    // same place, takes the chain its first use found (and that use reported its missing families).
    private readonly Dictionary<ChainKey, FontChain> _chains = [];

    // The last key asked and its chain: consecutive spans (a table's cells) mostly pick the same chain, and comparing four
    // fields costs less than hashing them.
    private (ChainKey Key, FontChain Chain)? _last;

    private FontFace? _lastUsed;

    public FontLibrary Fonts { get; } = fonts;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The faces text was set in (glyphs or line metrics), in first-use order: the document's font inputs.</summary>
    public IReadOnlyList<FontFace> FacesUsed => _faces;

    internal void Use(FontFace face)
    {
        // A document sets text in a handful of faces: a list is the cheapest set, and most pieces are in the face of the one before.
        if (face == _lastUsed)
            return;
        if (!_faces.Contains(face))
            _faces.Add(face);
        _lastUsed = face;
    }

    public FontChain Chain(TextStyle style)
    {
        var families = style.FontFamilies ?? defaultFamilies;
        var key = new ChainKey(families, style.FontFamiliesDeclaredAt, style.Weight, style.IsItalic);
        if (_last is var (lastKey, lastChain) && lastKey.Equals(key))
            return lastChain;
        var chain = ChainOf(key, style);
        _last = (key, chain);
        return chain;
    }

    private FontChain ChainOf(ChainKey key, TextStyle style)
    {
        var families = key.Families;
        if (_chains.TryGetValue(key, out var known))
            return known;
        var chain = Fonts.Chain(families, style.Weight, style.IsItalic);
        foreach (var family in chain.MissingFamilies)
        {
            if (_reportedFamilies.Add((family, style.FontFamiliesDeclaredAt)))
                Diagnostics.Add(Diagnostic.Error(LayoutCodes.MissingFamily, $"Font family '{family}' is neither bundled nor installed.", style.FontFamiliesDeclaredAt,
                    "Name a bundled family (Liberation Sans, Liberation Serif, Liberation Mono, IPAexGothic, IPAexMincho) or install the font; "
                    + "another font is never put in its place, so every machine makes the same document."));
        }
        if (chain.IsEmpty)
            throw new FontsUnavailableException(families, Fonts.BundledFolder);
        _chains.Add(key, chain);
        return chain;
    }

    /// <summary>Warns, once per character and chain, that no font in the chain can show <paramref name="codepoint"/>.</summary>
    /// <param name="codepoint">The character.</param>
    /// <param name="chain">The fonts asked.</param>
    /// <param name="source">Where the character comes from (its template line, through the markup's source map), when known.</param>
    public void ReportMissingGlyph(int codepoint, FontChain chain, SourceLocation? source)
    {
        if (!_reportedGlyphs.Add((codepoint, chain.Description)))
            return;
        var code = codepoint.ToString("X4", CultureInfo.InvariantCulture);
        Diagnostics.Add(Diagnostic.Error(LayoutCodes.MissingGlyph, $"Missing glyph: U+{code} '{char.ConvertFromUtf32(codepoint)}' is in none of the fonts {chain.Description}.", source,
            "Name a font family that covers this character in the stylesheet, or replace the character."));
    }

    /// <summary>A family list by identity (comparing its names would cost what the cache saves), with what else picks a chain.</summary>
    private readonly record struct ChainKey(IReadOnlyList<string> Families, SourceLocation? DeclaredAt, int Weight, bool Italic)
    {
        public bool Equals(ChainKey other) =>
            ReferenceEquals(Families, other.Families) && Equals(DeclaredAt, other.DeclaredAt) && Weight == other.Weight && Italic == other.Italic;

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Families), DeclaredAt, Weight, Italic);
    }
}
