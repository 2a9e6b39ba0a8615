using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout;

/// <summary>
/// Where the characters of a span come from: each one's offset in the marked-up text it was read from, told through that
/// text's source map — so a finding about a character names the template line that wrote it, and the marks over it
/// (the figures the templates wrote) can be placed where the character is drawn.
/// </summary>
public sealed class TextOrigin
{
    private readonly SourceMap _map;

    // Per character its offset; null when the characters are at _first, _first + 1, … (most text: no entity, CR LF or
    // collapsed run inside), which needs no array per text.
    private readonly int[]? _offsets;
    private readonly int _first;

    /// <param name="map">The source map of the marked-up text.</param>
    /// <param name="offsets">Per character of the span, its offset in the marked-up text (rising).</param>
    public TextOrigin(SourceMap map, int[] offsets)
    {
        _map = map;
        _offsets = offsets;
        Length = offsets.Length;
    }

    /// <summary>A span whose <paramref name="length"/> characters are those of the marked-up text from <paramref name="first"/> on.</summary>
    public TextOrigin(SourceMap map, int first, int length)
    {
        _map = map;
        _first = first;
        Length = length;
    }

    public int Length { get; }

    private int OffsetOf(int index) => _offsets is null ? _first + index : _offsets[index];

    /// <summary>Where the span's character at <paramref name="index"/> comes from.</summary>
    public SourceLocation LocationOf(int index) => _map.Locate(OffsetOf(Math.Clamp(index, 0, Length - 1)));

    /// <summary>The ids of the marks over any of the span's characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public IEnumerable<int> MarksOver(int start, int end) =>
        end > start ? _map.MarksOver(OffsetOf(start), OffsetOf(end - 1) + 1) : [];

    /// <summary>The origin of the characters [start, start + length) of the span.</summary>
    public TextOrigin Slice(int start, int length) =>
        _offsets is null ? new(_map, _first + start, length) : new(_map, _offsets[start..(start + length)]);

    /// <summary>The origin of a text made of the characters at <paramref name="indexes"/> (whitespace collapsed out of this one).</summary>
    public TextOrigin Pick(ReadOnlySpan<int> indexes)
    {
        var consecutive = true;
        for (var i = 1; i < indexes.Length && consecutive; i++)
            consecutive = OffsetOf(indexes[i]) == OffsetOf(indexes[0]) + i;
        if (consecutive && indexes.Length > 0)
            return new(_map, OffsetOf(indexes[0]), indexes.Length);
        var offsets = new int[indexes.Length];
        for (var i = 0; i < offsets.Length; i++)
            offsets[i] = OffsetOf(indexes[i]);
        return new(_map, offsets);
    }
}
