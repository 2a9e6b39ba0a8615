namespace IIJReportGen.Layout;

/// <summary>
/// Shared storage for the glyphs of many runs: runs hold stretches of large chunks instead of three small arrays each, which
/// saves an array header per run and per field, and a long document's runs stay compact until they are painted.
/// </summary>
internal sealed class GlyphBuffer
{
    private const int ChunkSize = 16384;

    private Chunk _chunk = new(0);
    private int _used;

    /// <summary>Glyph ids, x positions and UTF-8 cluster offsets of many runs, side by side.</summary>
    internal sealed class Chunk(int size)
    {
        public ushort[] Glyphs { get; } = new ushort[size];

        public float[] X { get; } = new float[size];

        public uint[] Clusters { get; } = new uint[size];
    }

    /// <summary>One run's stretch [Start, Start + Count) of a chunk.</summary>
    internal readonly record struct Slice(Chunk Chunk, int Start, int Count)
    {
        public Span<ushort> Glyphs => Chunk.Glyphs.AsSpan(Start, Count);

        public Span<float> X => Chunk.X.AsSpan(Start, Count);

        public Span<uint> Clusters => Chunk.Clusters.AsSpan(Start, Count);
    }

    /// <summary>Room for <paramref name="count"/> glyphs; the caller fills the slice's spans and hands the slice to its run.</summary>
    public Slice Allocate(int count)
    {
        if (_used + count > _chunk.Glyphs.Length)
        {
            // A new chunk: the old one lives on as long as runs point into it.
            (_chunk, _used) = (new Chunk(Math.Max(ChunkSize, count)), 0);
        }
        var start = _used;
        _used += count;
        return new Slice(_chunk, start, count);
    }
}
