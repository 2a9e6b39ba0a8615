using System.Collections.Concurrent;

namespace IIJReportGen.Layout;

/// <summary>
/// Shaped text by (text, tabular figures), bounded: two generations of at most <see cref="GenerationCharacters"/>
/// characters and <see cref="GenerationEntries"/> texts each. When the young one is full it becomes the old one and the
/// old one is dropped; a hit in the old one moves the entry back to the young one. Repeated words and figures stay; a long
/// document cannot grow it.
/// </summary>
/// <remarks>Thread-safe without a lock on hits. Dropping an entry only costs shaping it again: the result is the same.</remarks>
internal sealed class ShapeCache(Func<string, bool, ShapedText> shape)
{
    /// <summary>Characters of text one generation holds (about 5 MB of shapes at most).</summary>
    public const int GenerationCharacters = 1 << 17;

    /// <summary>
    /// Texts one generation holds. Past about ten thousand, a generation's table would be a large object, and each one
    /// made and dropped (a table of unique figures passes through generations quickly) would cost a full collection.
    /// </summary>
    public const int GenerationEntries = 4096;

    /// <summary>Longer texts are shaped every time: they rarely repeat, and would crowd out the words that do.</summary>
    public const int LongestCachedText = 256;

    private readonly Lock _gate = new();
    private Generation _young = new();
    private Generation _old = new();

    /// <summary>The characters held now; never more than two generations' worth (plus the last text added).</summary>
    public int Characters => _young.Characters + _old.Characters;

    /// <summary>The texts held now; never more than two generations' worth.</summary>
    public int Entries => _young.Entries + _old.Entries;

    public ShapedText Get(string text, bool tabular)
    {
        if (text.Length > LongestCachedText)
            return shape(text, tabular);
        var key = (text, tabular);
        var young = _young;
        if (young.Shapes.TryGetValue(key, out var shaped))
            return shaped;
        if (!_old.Shapes.TryGetValue(key, out shaped))
            shaped = shape(text, tabular);
        Add(key, shaped);
        return shaped;
    }

    private void Add((string Text, bool Tabular) key, ShapedText shaped)
    {
        lock (_gate)
        {
            if (_young.Characters >= GenerationCharacters || _young.Entries >= GenerationEntries)
                (_old, _young) = (_young, new Generation());
            if (_young.Shapes.TryAdd(key, shaped))
            {
                _young.Characters += key.Text.Length;
                _young.Entries++;
            }
        }
    }

    private sealed class Generation
    {
        public ConcurrentDictionary<(string Text, bool Tabular), ShapedText> Shapes { get; } = new(Environment.ProcessorCount, GenerationEntries);

        public int Characters { get; set; }

        public int Entries { get; set; }
    }
}
