using Scriban.Parsing;

namespace IIJReportGen.Templating.Rules;

/// <summary>What a piece of a template is, as Scriban reads it.</summary>
public enum TemplatePieceKind
{
    /// <summary>Text around the tags: written to the document as it stands.</summary>
    Text,

    /// <summary>A token inside a tag: an identifier, a number, an operator.</summary>
    Code,

    /// <summary>A string literal inside a tag, quotes included.</summary>
    String,

    /// <summary>A comment inside a tag: never shown.</summary>
    Comment,
}

/// <summary>One piece of a template and the offset it starts at.</summary>
public sealed record TemplatePiece(TemplatePieceKind Kind, int Offset, string Text);

/// <summary>A template's text split into pieces by Scriban's own lexer, and the line and column of any offset in it.</summary>
/// <remarks>Rules look at the pieces of the kinds they care about, so a figure in a comment or a currency word in a helper's
/// name is not mistaken for one shown in the document.</remarks>
public sealed class TemplateSource
{
    private readonly List<int> _lineStarts = [0];

    public TemplateSource(string name, string text)
    {
        Name = name;
        Text = text;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n')
                _lineStarts.Add(i + 1);
        Pieces = [.. Split(text)];
    }

    /// <summary>How findings name the template: templates/&lt;folder&gt;/&lt;file&gt;.sbnhtml.</summary>
    public string Name { get; }

    public string Text { get; }

    public IReadOnlyList<TemplatePiece> Pieces { get; }

    /// <summary>The 1-based line and column of an offset.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
            line = ~line - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    private static IEnumerable<TemplatePiece> Split(string text)
    {
        foreach (var token in new Lexer(text))
        {
            if (token.Start.Offset < 0 || token.End.Offset < token.Start.Offset)
                continue;
            var piece = text.Substring(token.Start.Offset, token.End.Offset - token.Start.Offset + 1);
            yield return new TemplatePiece(KindOf(token.Type), token.Start.Offset, piece);
        }
    }

    private static TemplatePieceKind KindOf(TokenType type) => type switch
    {
        TokenType.Raw or TokenType.Escape => TemplatePieceKind.Text,
        TokenType.String or TokenType.VerbatimString or TokenType.ImplicitString => TemplatePieceKind.String,
        TokenType.Comment or TokenType.CommentMulti => TemplatePieceKind.Comment,
        _ => TemplatePieceKind.Code,
    };
}
