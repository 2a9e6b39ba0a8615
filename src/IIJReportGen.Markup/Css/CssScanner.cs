namespace IIJReportGen.Markup;

/// <summary>A rule or at-rule as written: its prelude (selector or "@page") and, unless it ends in ';', its block.</summary>
internal sealed record CssStatement(string Prelude, int PreludeOffset, int BlockStart, int BlockEnd)
{
    public bool HasBlock => BlockStart >= 0;
}

/// <summary>One "name: value" of a block as written, with the offset of its name.</summary>
internal sealed record CssDeclarationText(string Name, string Value, int Offset);

/// <summary>
/// Finds where statements and declarations start in a stylesheet. AngleSharp.Css parses selectors and values but its object
/// model keeps no source positions, so this scanner only splits the text (respecting comments, strings and brackets) to
/// give each piece the file:line:col that diagnostics need; every piece is then parsed by AngleSharp.
/// </summary>
internal static class CssScanner
{
    public static List<CssStatement> Statements(string text, int start, int end)
    {
        var statements = new List<CssStatement>();
        var i = SkipBlank(text, start, end);
        while (i < end)
        {
            var preludeStart = i;
            var stop = Find(text, i, end, '{', ';');
            if (stop >= end || text[stop] == ';')
            {
                statements.Add(new CssStatement(text[preludeStart..stop].Trim(), preludeStart, -1, -1));
                i = SkipBlank(text, stop + 1, end);
                continue;
            }
            var close = Find(text, stop + 1, end, '}');
            statements.Add(new CssStatement(text[preludeStart..stop].Trim(), preludeStart, stop + 1, Math.Min(close, end)));
            i = SkipBlank(text, close + 1, end);
        }
        return statements;
    }

    /// <summary>The declarations of a block, and the statements nested in it (page margin boxes, nested rules).</summary>
    public static (List<CssDeclarationText> Declarations, List<CssStatement> Nested) Block(string text, int start, int end)
    {
        var declarations = new List<CssDeclarationText>();
        var nested = new List<CssStatement>();
        var i = SkipBlank(text, start, end);
        while (i < end)
        {
            var stop = Find(text, i, end, ';', '{');
            if (stop < end && text[stop] == '{')
            {
                var close = Find(text, stop + 1, end, '}');
                nested.Add(new CssStatement(text[i..stop].Trim(), i, stop + 1, Math.Min(close, end)));
                i = SkipBlank(text, close + 1, end);
                continue;
            }
            var piece = text[i..Math.Min(stop, end)];
            var colon = piece.IndexOf(':', StringComparison.Ordinal);
            declarations.Add(colon < 0
                ? new CssDeclarationText(piece.Trim(), "", i)
                : new CssDeclarationText(piece[..colon].Trim().ToLowerInvariant(), piece[(colon + 1)..].Trim(), i));
            i = SkipBlank(text, stop + 1, end);
        }
        return (declarations, nested);
    }

    /// <summary>The first of <paramref name="targets"/> at bracket depth 0, outside strings and comments; <paramref name="end"/> if none.</summary>
    private static int Find(string text, int i, int end, params char[] targets)
    {
        var depth = 0;
        while (i < end)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                i = SkipString(text, i, end);
                continue;
            }
            if (c == '/' && i + 1 < end && text[i + 1] == '*')
            {
                i = SkipComment(text, i, end);
                continue;
            }
            if (depth == 0 && targets.Contains(c))
                return i;
            if (c is '(' or '[' || (c == '{' && !targets.Contains('{')))
                depth++;
            else if (c is ')' or ']' or '}' && depth > 0)
                depth--;
            i++;
        }
        return end;
    }

    private static int SkipBlank(string text, int i, int end)
    {
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
                i++;
            else if (text[i] == '/' && i + 1 < end && text[i + 1] == '*')
                i = SkipComment(text, i, end);
            else
                break;
        }
        return i;
    }

    private static int SkipComment(string text, int i, int end)
    {
        var close = text.IndexOf("*/", i + 2, end - i - 2, StringComparison.Ordinal);
        return close < 0 ? end : close + 2;
    }

    private static int SkipString(string text, int i, int end)
    {
        var quote = text[i++];
        while (i < end && text[i] != quote && text[i] != '\n')
            i += text[i] == '\\' ? 2 : 1;
        return Math.Min(i + 1, end);
    }
}
