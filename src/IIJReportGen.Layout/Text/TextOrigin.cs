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
    private readonly int[] _offsets;

    /// <param name="map">The source map of the marked-up text.</param>
    /// <param name="offsets">Per character of the span, its offset in the marked-up text (rising).</param>
    public TextOrigin(SourceMap map, int[] offsets)
    {
        _map = map;
        _offsets = offsets;
    }

    public int Length => _offsets.Length;

    /// <summary>Where the span's character at <paramref name="index"/> comes from.</summary>
    public SourceLocation LocationOf(int index) => _map.Locate(_offsets[Math.Clamp(index, 0, _offsets.Length - 1)]);

    /// <summary>The ids of the marks over any of the span's characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public IEnumerable<int> MarksOver(int start, int end) =>
        end > start ? _map.MarksOver(_offsets[start], _offsets[end - 1] + 1) : [];

    /// <summary>The origin of the characters [start, start + length) of the span.</summary>
    public TextOrigin Slice(int start, int length) => new(_map, _offsets[start..(start + length)]);

    /// <summary>The origin of a text made of the characters at <paramref name="indexes"/> (whitespace collapsed out of this one).</summary>
    public TextOrigin Pick(IEnumerable<int> indexes) => new(_map, [.. indexes.Select(i => _offsets[i])]);
}
