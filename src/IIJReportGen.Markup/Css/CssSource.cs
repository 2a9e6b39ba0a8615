using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup;

/// <summary>A stylesheet's text and name, turning character offsets into file:line:col.</summary>
internal sealed class CssSource
{
    private readonly int[] _lineStarts;

    /// <remarks>firstLine and firstColumn place the text's first character in its file (a &lt;style&gt; element starts mid-file).</remarks>
    public CssSource(string text, string fileName, int firstLine = 1, int firstColumn = 1)
    {
        Text = text;
        FileName = fileName;
        FirstLine = firstLine;
        FirstColumn = firstColumn;
        _lineStarts = [0, .. text.Select((c, i) => (c, i)).Where(x => x.c == '\n').Select(x => x.i + 1)];
    }

    public string Text { get; }

    public string FileName { get; }

    private int FirstLine { get; }

    private int FirstColumn { get; }

    public SourceLocation At(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
            line = ~line - 1;
        var column = offset - _lineStarts[line] + 1;
        return new SourceLocation(FileName, FirstLine + line, line == 0 ? FirstColumn + column - 1 : column);
    }
}
