using System.Runtime.InteropServices;

namespace IIJReportGen.Pdf;

/// <summary>
/// The few subsets of one face that documents asked for more than once, with exactly the same characters: a batch of
/// documents from one template often shows the same characters (figures, a Latin face's labels), and such a document then
/// skips hb-subset and the program's Deflate. A set of characters is kept from the second time it is asked for, so a
/// build of documents that each show other characters keeps nothing but a few hashes.
/// </summary>
/// <remarks>Bounded: at most <see cref="Capacity"/> subsets per face (the oldest goes), each at most <see cref="MaxBytes"/>
/// (a long CJK document's subset is larger, and its characters rarely repeat exactly). Safe from several threads; two
/// threads missing the same set both make it (the same bytes), and one of them is kept.</remarks>
internal sealed class KeptSubsets
{
    public const int Capacity = 2;
    public const int MaxBytes = 128 * 1024;

    // Hashes of the sets asked for once and not kept (0 = empty slot), replaced round-robin.
    private readonly int[] _seen = new int[16];
    private readonly List<(int Hash, int[] Codepoints, SubsetFont Font)> _kept = new(Capacity);
    private readonly Lock _gate = new();
    private int _nextSeen;

    /// <summary>The subset for exactly <paramref name="codepoints"/> (in this order): a kept one, or one <paramref name="make"/>s.</summary>
    public SubsetFont Get(IReadOnlyCollection<int> codepoints, Func<IReadOnlyCollection<int>, SubsetFont> make)
    {
        ReadOnlySpan<int> key = codepoints is List<int> list ? CollectionsMarshal.AsSpan(list) : codepoints.ToArray();
        var hashing = new HashCode();
        hashing.AddBytes(MemoryMarshal.AsBytes(key));
        var hash = hashing.ToHashCode() | 1;
        bool askedBefore;
        lock (_gate)
        {
            var at = IndexOf(hash, key);
            if (at >= 0)
                return _kept[at].Font;
            askedBefore = Array.IndexOf(_seen, hash) >= 0;
            if (!askedBefore)
            {
                _seen[_nextSeen] = hash;
                _nextSeen = (_nextSeen + 1) % _seen.Length;
            }
        }
        var font = make(codepoints);
        if (askedBefore && font.Bytes.Length <= MaxBytes)
            Keep(hash, key.ToArray(), font);
        return font;
    }

    private void Keep(int hash, int[] codepoints, SubsetFont font)
    {
        font.CompressForReuse();
        lock (_gate)
        {
            // Another thread made the same set meanwhile and kept it: a second copy would push out a kept set of another.
            if (IndexOf(hash, codepoints) >= 0)
                return;
            if (_kept.Count == Capacity)
                _kept.RemoveAt(0);
            _kept.Add((hash, codepoints, font));
        }
    }

    // Under the gate: where the subset for exactly these code points is kept, or -1.
    private int IndexOf(int hash, ReadOnlySpan<int> codepoints)
    {
        for (var i = 0; i < _kept.Count; i++)
        {
            if (_kept[i].Hash == hash && codepoints.SequenceEqual(_kept[i].Codepoints))
                return i;
        }
        return -1;
    }
}
