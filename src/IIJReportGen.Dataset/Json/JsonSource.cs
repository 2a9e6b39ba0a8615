using System.Text;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Json;

/// <summary>A JSON file's name and lines, to turn the offsets of what was read into file:line:col locations.</summary>
/// <remarks>A line ends at \n, \r\n or a lone \r; a column counts UTF-16 units from 1 (what an editor shows), not bytes.</remarks>
public sealed class JsonSource
{
    private readonly ReadOnlyMemory<byte> _json;
    private readonly int[] _lineStarts;

    /// <param name="json">The JSON text as UTF-8, without a byte order mark.</param>
    public JsonSource(string file, ReadOnlyMemory<byte> json)
    {
        File = file;
        _json = json;
        _lineStarts = LineStarts(json.Span);
    }

    public string File { get; }

    /// <summary>The location of a value: where its first character is, and its path (spelled when first read).</summary>
    public SourceLocation Of(JsonItem item) => At(item.Offset, item.Path);

    /// <summary>The location of a property: its name's opening quote, and its value's path.</summary>
    public SourceLocation Of(JsonProperty property) => At(property.NameOffset, property.Value.Path);

    public SourceLocation At(int offset, JsonPath path)
    {
        var (line, column) = Position(offset);
        return new SourceLocation(File, line, column, path.Spell);
    }

    /// <summary>The 1-based line and column of the byte at <paramref name="offset"/>.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
            line = ~line - 1;
        var start = _lineStarts[line];
        return (line + 1, Encoding.UTF8.GetCharCount(_json.Span[start..offset]) + 1);
    }

    private static int[] LineStarts(ReadOnlySpan<byte> json)
    {
        var starts = new List<int>(json.Length / 32) { 0 };
        for (var i = json.IndexOfAny((byte)'\n', (byte)'\r'); i >= 0;)
        {
            if (json[i] == '\r' && i + 1 < json.Length && json[i + 1] == '\n')
                i++;
            starts.Add(i + 1);
            var next = json[(i + 1)..].IndexOfAny((byte)'\n', (byte)'\r');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return starts.ToArray();
    }
}
