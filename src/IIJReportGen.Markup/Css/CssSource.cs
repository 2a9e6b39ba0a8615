using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup;

/// <summary>A stylesheet's text and name, turning character offsets into file:line:col.</summary>
/// <remarks>firstLine and firstColumn place the text's first character in its file (a &lt;style&gt; element starts mid-file).</remarks>
internal sealed class CssSource(string text, string fileName, int firstLine = 1, int firstColumn = 1)
{
    private readonly SourceFile _file = new(fileName, text);

    public string Text => _file.Text;

    public string FileName => _file.Name;

    public int FirstLine => firstLine;

    public int FirstColumn => firstColumn;

    public SourceLocation At(int offset)
    {
        var at = _file.Locate(offset);
        return at with { Line = firstLine + at.Line - 1, Column = at.Line == 1 ? firstColumn + at.Column - 1 : at.Column };
    }
}
