namespace IIJReportGen.Layout;

/// <summary>The code points of a document's text, as a bit per code point: adding millions of characters costs a few milliseconds, not a tree insert each.</summary>
/// <remarks>The bits are kept in blocks of 4,096 code points, made when a code point of theirs is first added: a face's text
/// touches a few blocks, and a flat bit per code point of Unicode (139 KB) per face and document went to the large-object heap,
/// whose budget, when spent, makes the GC collect every generation.</remarks>
internal sealed class CodepointSet
{
    private const int BlockShift = 12;
    private const int WordsPerBlock = (1 << BlockShift) >> 6;
    private readonly ulong[]?[] _blocks = new ulong[]?[(0x10FFFF >> BlockShift) + 1];

    /// <remarks>Called for every run of text drawn: the block of the code point before is kept (a run's text is mostly in
    /// one block), and a bit is set without asking whether it was; <see cref="ToSorted"/> counts them.</remarks>
    public void AddAll(string text)
    {
        var blockIndex = -1;
        ulong[] block = [];
        for (var i = 0; i < text.Length; i++)
        {
            var codepoint = Codepoint.At(text, i);
            if (codepoint > 0xFFFF)
                i++;
            if (codepoint >> BlockShift != blockIndex)
            {
                blockIndex = codepoint >> BlockShift;
                block = _blocks[blockIndex] ??= new ulong[WordsPerBlock];
            }
            block[(codepoint >> 6) & (WordsPerBlock - 1)] |= 1UL << (codepoint & 63);
        }
    }

    /// <summary>The code points in ascending order.</summary>
    public IReadOnlyCollection<int> ToSorted()
    {
        var count = 0;
        foreach (var block in _blocks)
        {
            foreach (var word in block ?? [])
                count += System.Numerics.BitOperations.PopCount(word);
        }
        var codepoints = new List<int>(count);
        for (var b = 0; b < _blocks.Length; b++)
        {
            if (_blocks[b] is not { } block)
                continue;
            for (var w = 0; w < block.Length; w++)
            {
                for (var word = block[w]; word != 0; word &= word - 1)
                    codepoints.Add((b << BlockShift) | (w << 6) | System.Numerics.BitOperations.TrailingZeroCount(word));
            }
        }
        return codepoints;
    }
}
