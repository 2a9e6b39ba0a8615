namespace IIJReportGen.Layout;

/// <summary>The code points of a document's text, as a bit per code point: adding millions of characters costs a few milliseconds, not a tree insert each.</summary>
internal sealed class CodepointSet
{
    private readonly ulong[] _bits = new ulong[(0x10FFFF >> 6) + 1];
    private int _count;

    public void AddAll(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            int codepoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                codepoint = char.ConvertToUtf32(text[i], text[++i]);
            ref var word = ref _bits[codepoint >> 6];
            var bit = 1UL << (codepoint & 63);
            if ((word & bit) == 0)
            {
                word |= bit;
                _count++;
            }
        }
    }

    /// <summary>The code points in ascending order.</summary>
    public IReadOnlyCollection<int> ToSorted()
    {
        var codepoints = new List<int>(_count);
        for (var w = 0; w < _bits.Length; w++)
        {
            for (var word = _bits[w]; word != 0; word &= word - 1)
                codepoints.Add((w << 6) | System.Numerics.BitOperations.TrailingZeroCount(word));
        }
        return codepoints;
    }
}
