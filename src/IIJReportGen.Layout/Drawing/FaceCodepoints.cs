namespace IIJReportGen.Layout;

/// <summary>The code points each face shows, gathered as the glyph runs are painted (while their text is at hand), so a
/// document's fonts are known without walking every run of every page again before they are subset.</summary>
internal sealed class FaceCodepoints
{
    private readonly Dictionary<FontFace, CodepointSet> _sets = [];

    // Runs come in long stretches of one face (a table's cells): the set of the one before serves without a lookup.
    private FontFace? _lastFace;
    private CodepointSet? _lastSet;

    /// <summary>How many faces show text.</summary>
    public int Count => _sets.Count;

    public void Add(FontFace face, string text)
    {
        if (face != _lastFace)
        {
            if (!_sets.TryGetValue(face, out _lastSet))
            {
                _lastSet = new CodepointSet();
                _sets.Add(face, _lastSet);
            }
            _lastFace = face;
        }
        _lastSet!.AddAll(text);
    }

    /// <summary>The code points <paramref name="face"/> shows, in ascending order.</summary>
    public IReadOnlyCollection<int> Of(FontFace face) => _sets[face].ToSorted();
}
