namespace IIJReportGen.Layout;

/// <summary>
/// Shared storage for the glyphs of many runs: runs hold stretches of large chunks instead of three small arrays each, which
/// saves an array header per run and per field, and a long document's runs stay compact until they are painted.
/// </summary>
/// <remarks>
/// Most runs show one glyph per character of ASCII text, so their clusters (UTF-8 offsets) are 0, 1, 2, …: such a run
/// keeps no clusters of its own but a stretch of <see cref="Consecutive"/>, and a chunk has a clusters array only from its
/// first run with others (accents, ligatures, non-ASCII text). A table page keeps ~7 KB less.
/// </remarks>
internal sealed class GlyphBuffer
{
    private const int ChunkSize = 16384;

    /// <summary>0, 1, 2, …: the clusters of every run of one glyph per ASCII character, shared (64 KB, not a large object).</summary>
    private static readonly uint[] Consecutive = Enumerable.Range(0, ChunkSize).Select(i => (uint)i).ToArray();

    private Chunk _chunk = new(0);
    private int _used;

    /// <summary>Glyph ids, x positions and (when some run needs them) UTF-8 cluster offsets of many runs, side by side.</summary>
    internal sealed class Chunk(int size)
    {
        public ushort[] Glyphs { get; } = new ushort[size];

        public float[] X { get; } = new float[size];

        /// <summary>Null until a run whose clusters are not 0, 1, 2, … is stored.</summary>
        public uint[]? Clusters { get; set; }

        /// <summary>Null until a run with a glyph off the baseline (a mark) is stored.</summary>
        public float[]? YOffsets { get; set; }
    }

    /// <summary>One run's stretch [Start, Start + Count) of a chunk; its clusters are <see cref="Consecutive"/>'s first Count when
    /// <paramref name="ConsecutiveClusters"/>, and it has y offsets in the chunk only when <paramref name="OffBaseline"/>.</summary>
    internal readonly record struct Slice(Chunk Chunk, int Start, int Count, bool ConsecutiveClusters, bool OffBaseline);

    /// <summary>The clusters of a stretch stored with <see cref="Store"/>.</summary>
    public static ReadOnlyMemory<uint> Clusters(Chunk chunk, int start, int count, bool consecutive) =>
        consecutive ? Consecutive.AsMemory(0, count) : chunk.Clusters.AsMemory(start, count);

    /// <summary>Copies one run's glyphs, x positions, clusters (one of each per glyph; none when they are 0, 1, 2, …) and y offsets
    /// (none when every glyph sits on the baseline) into the buffer.</summary>
    public Slice Store(ReadOnlySpan<ushort> glyphs, ReadOnlySpan<float> x, ReadOnlySpan<uint> clusters, ReadOnlySpan<float> yOffsets)
    {
        var count = glyphs.Length;
        if (_used + count > _chunk.Glyphs.Length)
        {
            // A new chunk: the old one lives on as long as runs point into it.
            (_chunk, _used) = (new Chunk(Math.Max(ChunkSize, count)), 0);
        }
        var start = _used;
        _used += count;
        glyphs.CopyTo(_chunk.Glyphs.AsSpan(start));
        x.CopyTo(_chunk.X.AsSpan(start));
        var consecutive = clusters.IsEmpty && count <= Consecutive.Length;
        if (!consecutive)
        {
            _chunk.Clusters ??= new uint[_chunk.Glyphs.Length];
            if (clusters.IsEmpty)
            {
                for (var i = 0; i < count; i++)
                    _chunk.Clusters[start + i] = (uint)i;
            }
            else
            {
                clusters.CopyTo(_chunk.Clusters.AsSpan(start));
            }
        }
        var offBaseline = !yOffsets.IsEmpty;
        if (offBaseline)
            yOffsets.CopyTo((_chunk.YOffsets ??= new float[_chunk.Glyphs.Length]).AsSpan(start));
        return new Slice(_chunk, start, count, consecutive, offBaseline);
    }
}
