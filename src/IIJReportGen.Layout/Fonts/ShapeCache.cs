using System.Collections.Concurrent;

namespace IIJReportGen.Layout;

/// <summary>
/// Shaped text by (text, tabular figures), bounded: two generations of at most <see cref="GenerationCharacters"/>
/// characters and <see cref="GenerationEntries"/> shapes each. When the young one is full it becomes the old one and the
/// old one is dropped; a hit in the old one moves the entry back to the young one. A shape is kept from the second time its
/// text is shaped (<see cref="SeenSlots"/>): repeated words and figures stay, a figure that occurs once is never kept, and a
/// long document cannot grow it.
/// </summary>
/// <remarks>
/// Thread-safe without a lock on hits. Dropping an entry only costs shaping it again: the result is the same. A text is
/// looked up as a stretch of a longer string (a word of a paragraph's span), so a hit copies no characters; a generation
/// keys its entries by the text alone, with both shapes (plain and tabular figures) in the one entry.
/// </remarks>
internal sealed class ShapeCache(Func<string, bool, ShapedText> shape)
{
    /// <summary>Characters of text one generation holds (about 5 MB of shapes at most).</summary>
    public const int GenerationCharacters = 1 << 17;

    /// <summary>
    /// Shapes one generation holds. Past about ten thousand, a generation's table would be a large object, and each one
    /// made and dropped (a table of unique figures passes through generations quickly) would cost a full collection.
    /// </summary>
    public const int GenerationEntries = 4096;

    /// <summary>Longer texts are shaped every time: they rarely repeat, and would crowd out the words that do.</summary>
    public const int LongestCachedText = 256;

    /// <summary>
    /// Texts shaped once and not kept are remembered by hash, one per slot (a later text in the same slot takes it): the
    /// unique figures of a long table are shaped and dropped while young, where keeping each until its generation turned over
    /// made every collection copy it, while a text met again is kept from its second shaping on.
    /// </summary>
    public const int SeenSlots = 4096;

    private readonly Lock _gate = new();

    // Races on a slot only decide whether a shape is kept, never what it is. Zero is an empty slot: stored hashes are odd.
    private readonly int[] _seen = new int[SeenSlots];
    private Generation _young = new();
    private Generation _old = new();

    /// <summary>The characters held now; never more than two generations' worth (plus the last text added).</summary>
    public int Characters => _young.Characters + _old.Characters;

    /// <summary>The shapes held now; never more than two generations' worth.</summary>
    public int Entries => _young.Entries + _old.Entries;

    /// <summary>The shape of <paramref name="source"/>'s characters [start, start + length).</summary>
    public ShapedText Get(string source, int start, int length, bool tabular)
    {
        if (length > LongestCachedText)
            return shape(Slice(source, start, length), tabular);
        var text = source.AsSpan(start, length);
        var young = _young;
        string? key = null;
        if (young.Lookup.TryGetValue(text, out var known, out var shapes))
        {
            if (shapes.Of(tabular) is { } hit)
                return hit;
            key = known;
        }
        ShapedText? shaped = null;
        if (_old.Lookup.TryGetValue(text, out known, out shapes))
            (key, shaped) = (known, shapes.Of(tabular));
        // The text's own string serves as the key when it is the whole source (a table cell's figure): no copy.
        key ??= Slice(source, start, length);
        if (shaped is null)
        {
            shaped = shape(key, tabular);
            if (!SeenBefore(text, tabular))
                return shaped;
        }
        Add(key, tabular, shaped);
        return shaped;
    }

    /// <summary>Whether the text was shaped before and not kept (as far as its slot remembers); remembers it if not.</summary>
    private bool SeenBefore(ReadOnlySpan<char> text, bool tabular)
    {
        var hash = string.GetHashCode(text) ^ (tabular ? 0x5BD1E995 : 0);
        ref var slot = ref _seen[hash & (SeenSlots - 1)];
        if (slot == (hash | 1))
            return true;
        slot = hash | 1;
        return false;
    }

    private static string Slice(string source, int start, int length) =>
        start == 0 && length == source.Length ? source : source.Substring(start, length);

    private void Add(string text, bool tabular, ShapedText shaped)
    {
        lock (_gate)
        {
            if (_young.Characters >= GenerationCharacters || _young.Entries >= GenerationEntries)
                (_old, _young) = (_young, new Generation());
            // Only this lock writes, so the entry read here is the one replaced.
            var shapes = _young.Shapes.GetValueOrDefault(text);
            if (shapes.Of(tabular) is not null)
                return;
            _young.Shapes[text] = shapes.With(tabular, shaped);
            _young.Characters += text.Length;
            _young.Entries++;
        }
    }

    /// <summary>A text's plain and tabular-figures shapes (either may not be there yet).</summary>
    private readonly record struct ShapePair(ShapedText? Plain, ShapedText? Tabular)
    {
        public ShapedText? Of(bool tabular) => tabular ? Tabular : Plain;

        public ShapePair With(bool tabular, ShapedText shaped) => tabular ? this with { Tabular = shaped } : this with { Plain = shaped };
    }

    private sealed class Generation
    {
        public Generation() => Lookup = Shapes.GetAlternateLookup<ReadOnlySpan<char>>();

        // Keyed by string with the default comparer, which also hashes a span of characters the same way.
        public ConcurrentDictionary<string, ShapePair> Shapes { get; } = new(Environment.ProcessorCount, GenerationEntries);

        public ConcurrentDictionary<string, ShapePair>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public int Characters { get; set; }

        public int Entries { get; set; }
    }
}
