namespace IIJReportGen.Layout;

/// <summary>An ordered fallback list of families for one weight and slant: each character takes the first face that has it.</summary>
/// <remarks>A face is loaded when a character first reaches it: a fallback family that no character needs costs nothing.</remarks>
public sealed class FontChain
{
    private readonly FontLibrary _library;
    private readonly string[] _families;

    // An array, not the interface: FaceFor runs for every character laid out, and a foreach over an IReadOnlyList boxes its enumerator.
    private readonly FontFace?[] _faces;

    // The face of each ASCII character once asked (null until then, or when no face has it): FaceFor runs for every
    // character laid out, and most are ASCII, so the walk down the chain is done once per character and chain.
    private readonly FontFace?[] _asciiFaces = new FontFace?[128];

    internal FontChain(FontLibrary library, IReadOnlyList<string> families, int weight, bool italic, IReadOnlyList<string> missingFamilies)
    {
        _library = library;
        _families = [.. families];
        _faces = new FontFace?[_families.Length];
        Weight = weight;
        Italic = italic;
        MissingFamilies = missingFamilies;
        Description = string.Join(", ", families);
    }

    /// <summary>The families that are bundled or installed, in fallback order.</summary>
    public IReadOnlyList<string> Families => _families;

    public int Weight { get; }

    public bool Italic { get; }

    /// <summary>Requested families that are neither bundled nor installed.</summary>
    public IReadOnlyList<string> MissingFamilies { get; }

    /// <summary>The available family names, for messages.</summary>
    public string Description { get; }

    /// <summary>True when none of the families is available.</summary>
    public bool IsEmpty => _families.Length == 0;

    /// <summary>The first family's face: text no face covers is set in it, and it gives an empty line its height.</summary>
    public FontFace Primary => Face(0);

    /// <summary>The first face that has a glyph for <paramref name="codepoint"/>, or null.</summary>
    public FontFace? FaceFor(int codepoint)
    {
        // Two threads asking at once store the same face, so the unsynchronised store is harmless.
        if ((uint)codepoint < 128)
            return _asciiFaces[codepoint] ??= FirstWith(codepoint);
        return FirstWith(codepoint);
    }

    private FontFace? FirstWith(int codepoint)
    {
        for (var i = 0; i < _faces.Length; i++)
        {
            var face = Face(i);
            if (face.HasGlyph(codepoint))
                return face;
        }
        return null;
    }

    /// <summary>Whether <paramref name="face"/> must be emboldened to look as heavy as asked.</summary>
    public bool NeedsSyntheticBold(FontFace face) => Weight >= 600 && face.Weight < 600;

    public bool NeedsSyntheticItalic(FontFace face) => Italic && !face.IsItalic;

    // Two threads loading at once get the same face from the library, so the unsynchronised store is harmless.
    private FontFace Face(int index) =>
        _faces[index] ??= _library.Find(_families[index], Weight, Italic) ?? throw new InvalidOperationException($"Font family '{_families[index]}' was found and then lost.");
}
