namespace IIJReportGen.Diagnostics;

/// <summary>A text under the name findings give it (a template, a stylesheet, an XHTML file): character offsets ⇄ line:col.</summary>
/// <remarks>Lines and columns are 1-based and count UTF-16 characters, as Scriban, System.Xml and the CSS reader do.</remarks>
public sealed class SourceFile(string name, string text)
{
    private int[]? _lineStarts;

    public string Name { get; } = name;

    public string Text { get; } = text;

    /// <summary>The file:line:col of the character at <paramref name="offset"/> (the end of the text is located after its last character).</summary>
    public SourceLocation Locate(int offset)
    {
        var starts = LineStarts();
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(starts, offset);
        if (line < 0)
            line = ~line - 1;
        return new SourceLocation(Name, line + 1, offset - starts[line] + 1);
    }

    /// <summary>The offset of a 1-based line:col; positions past a line's end or the text's end are held to them.</summary>
    public int OffsetOf(int line, int column)
    {
        var starts = LineStarts();
        var index = Math.Clamp(line - 1, 0, starts.Length - 1);
        var end = index + 1 < starts.Length ? starts[index + 1] - 1 : Text.Length;
        return Math.Clamp(starts[index] + Math.Max(column - 1, 0), starts[index], end);
    }

    private int[] LineStarts()
    {
        if (_lineStarts is not null)
            return _lineStarts;
        var starts = new List<int> { 0 };
        for (var i = Text.IndexOf('\n'); i >= 0; i = Text.IndexOf('\n', i + 1))
            starts.Add(i + 1);
        return _lineStarts = [.. starts];
    }
}
