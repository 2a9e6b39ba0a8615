using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace IIJReportGen.Diagnostics;

/// <summary>
/// Where each part of a generated text comes from — the XHTML a template renders, back to the template lines that wrote
/// it — so findings about the text name the file a person edits; and numbered marks over parts of the text, so a later
/// stage can say where a marked part (a figure the templates wrote) ends up.
/// </summary>
/// <remarks>Made by a <see cref="SourceMapBuilder"/>; <see cref="Identity"/> maps a file that is its own source.</remarks>
public sealed partial class SourceMap
{
    private readonly SourceFile _text;
    private readonly MapSegment[] _segments;
    private readonly TextMark[] _marks;
    private readonly int _longestMark;

    internal SourceMap(SourceFile text, MapSegment[] segments, TextMark[] marks)
    {
        _text = text;
        _segments = segments;
        _marks = marks;
        _longestMark = marks.Length == 0 ? 0 : marks.Max(m => m.Length);
    }

    /// <summary>The map of a text read from a file: every position is its own.</summary>
    public static SourceMap Identity(string text, string fileName)
    {
        var file = new SourceFile(fileName, text);
        return new SourceMap(file, [new MapSegment(0, text.Length, file, 0, null)], []);
    }

    /// <summary>The generated text's name (used where the map says nothing: an empty text).</summary>
    public string Name => _text.Name;

    /// <summary>Where the character at <paramref name="offset"/> of the generated text comes from.</summary>
    public SourceLocation Locate(int offset)
    {
        if (_segments.Length == 0)
            return _text.Locate(offset);
        var index = Array.BinarySearch(_segments, new MapSegment(offset, offset, null, 0, null), MapSegment.ByStart);
        if (index < 0)
            index = Math.Max(~index - 1, 0);
        return _segments[index].Locate(offset);
    }

    /// <summary>Where the character at a 1-based line:col of the generated text comes from (System.Xml reports line:col).</summary>
    public SourceLocation Locate(int line, int column) => Locate(OffsetOf(line, column));

    /// <summary>The offset in the generated text of a 1-based line:col of it.</summary>
    public int OffsetOf(int line, int column) => _text.OffsetOf(line, column);

    /// <summary>An XML parser's error about the generated text, as a finding's message and location: the positions the message
    /// names ("the 'td' start tag on line 4 position 9") are told as their sources too.</summary>
    public (string Message, SourceLocation Location) Explain(XmlException error)
    {
        var message = TrailingPosition().Replace(error.Message, "");
        message = NamedPosition().Replace(message, m => "at " + Locate(Number(m.Groups[1]), Number(m.Groups[2])));
        return (message, Locate(error.LineNumber, error.LinePosition));
    }

    private static int Number(Group digits) => int.Parse(digits.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s*Line \d+, position \d+\.$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPosition();

    [GeneratedRegex(@"\bon line (\d+) position (\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedPosition();

    /// <summary>The ids of the marks that cover any character in [<paramref name="start"/>, <paramref name="end"/>) of the generated text, in text order.</summary>
    /// <remarks>A list made only when some mark is there: the layout asks for every piece of text it draws, and most have none
    /// (an iterator was made for each).</remarks>
    public IEnumerable<int> MarksOver(int start, int end)
    {
        List<int>? ids = null;
        var first = Array.BinarySearch(_marks, new TextMark(Math.Max(start - _longestMark, 0), 0, int.MinValue), TextMark.ByStart);
        for (var i = first < 0 ? ~first : first; i < _marks.Length && _marks[i].Start < end; i++)
            if (_marks[i].Start + _marks[i].Length > start)
                (ids ??= []).Add(_marks[i].Id);
        return ids ?? [];
    }
}

/// <summary>Characters [Start, End) of a generated text: copied from <paramref name="File"/> at <paramref name="FileOffset"/>, or all written at <paramref name="At"/>.</summary>
internal readonly record struct MapSegment(int Start, int End, SourceFile? File, int FileOffset, SourceLocation? At)
{
    public static readonly IComparer<MapSegment> ByStart = Comparer<MapSegment>.Create((a, b) => a.Start.CompareTo(b.Start));

    public SourceLocation Locate(int offset) =>
        File is not null ? File.Locate(FileOffset + Math.Clamp(offset, Start, Math.Max(End - 1, Start)) - Start) : At!;

    public MapSegment Moved(int by) => this with { Start = Start + by, End = End + by };

    /// <summary>The part [from, to) of this segment (a copied one keeps its place in the file).</summary>
    public MapSegment Part(int from, int to) => new(from, to, File, File is null ? 0 : FileOffset + from - Start, At);
}

/// <summary>A numbered mark over [Start, Start + Length) of a generated text.</summary>
internal readonly record struct TextMark(int Start, int Length, int Id)
{
    public static readonly IComparer<TextMark> ByStart = Comparer<TextMark>.Create((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Id.CompareTo(b.Id));
}
