namespace IIJReportGen.Layout;

/// <summary>An ordered fallback list of faces for one weight and slant: each character takes the first face that has it.</summary>
public sealed class FontChain
{
    // An array, not the interface: FaceFor runs for every character laid out, and a foreach over an IReadOnlyList boxes its enumerator.
    private readonly FontFace[] _faces;

    internal FontChain(IReadOnlyList<FontFace> faces, int weight, bool italic, IReadOnlyList<string> missingFamilies)
    {
        _faces = [.. faces];
        Faces = _faces;
        Weight = weight;
        Italic = italic;
        MissingFamilies = missingFamilies;
        Description = string.Join(", ", faces.Select(f => f.FamilyName));
    }

    public IReadOnlyList<FontFace> Faces { get; }

    public int Weight { get; }

    public bool Italic { get; }

    /// <summary>Requested families that are not installed.</summary>
    public IReadOnlyList<string> MissingFamilies { get; }

    /// <summary>The installed family names, for messages.</summary>
    public string Description { get; }

    /// <summary>The first face that has a glyph for <paramref name="codepoint"/>, or null.</summary>
    public FontFace? FaceFor(int codepoint)
    {
        foreach (var face in _faces)
        {
            if (face.HasGlyph(codepoint))
                return face;
        }
        return null;
    }

    /// <summary>Whether <paramref name="face"/> must be emboldened to look as heavy as asked.</summary>
    public bool NeedsSyntheticBold(FontFace face) => Weight >= 600 && face.Weight < 600;

    public bool NeedsSyntheticItalic(FontFace face) => Italic && !face.IsItalic;
}
