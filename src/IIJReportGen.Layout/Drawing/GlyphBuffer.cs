namespace IIJReportGen.Layout;

/// <summary>
/// Shared storage for the glyphs of many runs: runs hold slices of large chunks instead of three small arrays each, which
/// saves an array header per run and per field, and a long document's runs stay compact until they are painted.
/// </summary>
internal sealed class GlyphBuffer
{
    private const int ChunkSize = 16384;

    private ushort[] _glyphs = [];
    private float[] _x = [];
    private uint[] _clusters = [];
    private int _used;

    /// <summary>Room for <paramref name="count"/> glyphs; the caller fills the spans and keeps the memory slices.</summary>
    public (Memory<ushort> Glyphs, Memory<float> X, Memory<uint> Clusters) Allocate(int count)
    {
        if (_used + count > _glyphs.Length)
        {
            // A new chunk: the old one lives on as long as runs point into it.
            var size = Math.Max(ChunkSize, count);
            (_glyphs, _x, _clusters, _used) = (new ushort[size], new float[size], new uint[size], 0);
        }
        var start = _used;
        _used += count;
        return (_glyphs.AsMemory(start, count), _x.AsMemory(start, count), _clusters.AsMemory(start, count));
    }
}
