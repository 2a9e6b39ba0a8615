namespace IIJReportGen.Layout;

/// <summary>Greedy first-fit line breaking over pieces; a word wider than the line is cut between characters.</summary>
internal static class LineBreaker
{
    // One line buffer and one buffer of lines per thread, reused by every paragraph: a paragraph's setting keeps only its own array of lines.
    [ThreadStatic]
    private static List<TextPiece>? _line;
    [ThreadStatic]
    private static List<TextLine>? _lines;

    /// <summary>Breaks the pieces into lines no wider than <paramref name="maxWidth"/>, written into <paramref name="into"/>
    /// (replaced by a larger array when it is too small); returns how many.</summary>
    public static int Break(ArraySegment<TextPiece> pieces, float maxWidth, ref TextLine[] into)
    {
        // Words are index ranges of the pieces. A line of whole words is the stretch of the paragraph's pieces from
        // lineStart; only a line holding part of a cut word gets an array of its own.
        var lines = _lines ??= [];
        lines.Clear();
        var line = _line ??= [];
        line.Clear();
        var (lineStart, ownPieces) = (0, false);
        var lineWidth = 0f;
        var wordStart = 0;
        for (var end = 0; end < pieces.Count; end++)
        {
            var piece = pieces[end];
            if (!piece.BreakAfter && !piece.ForcedBreakAfter && end != pieces.Count - 1)
                continue;
            var wordWidth = 0f;
            for (var i = wordStart; i <= end; i++)
                wordWidth += pieces[i].Width;
            var visibleWidth = wordWidth - piece.TrailingSpaceWidth;
            if (line.Count > 0 && lineWidth + visibleWidth > maxWidth + Size.Epsilon)
            {
                lines.Add(Line(pieces, line, lineStart, ownPieces, false));
                line.Clear();
                lineWidth = 0;
            }
            if (line.Count == 0 && visibleWidth > maxWidth + Size.Epsilon)
            {
                var word = new List<TextPiece>(end + 1 - wordStart);
                for (var i = wordStart; i <= end; i++)
                    word.Add(pieces[i]);
                var chunks = Cut(word, maxWidth, out var rest);
                lines.AddRange(chunks.Select(chunk => new TextLine(chunk.ToArray(), false)));
                line.AddRange(rest);
                ownPieces = true;
                lineWidth += rest.Sum(p => p.Width);
            }
            else
            {
                if (line.Count == 0)
                    (lineStart, ownPieces) = (wordStart, false);
                for (var i = wordStart; i <= end; i++)
                    line.Add(pieces[i]);
                lineWidth += wordWidth;
            }
            if (piece.ForcedBreakAfter)
            {
                lines.Add(Line(pieces, line, lineStart, ownPieces, true));
                line.Clear();
                lineWidth = 0;
            }
            wordStart = end + 1;
        }
        if (line.Count > 0)
            lines.Add(Line(pieces, line, lineStart, ownPieces, true));
        line.Clear();
        return ReusableArray.MoveInto(lines, ref into);
    }

    private static TextLine Line(ArraySegment<TextPiece> pieces, List<TextPiece> line, int start, bool ownPieces, bool endsParagraph) =>
        new(ownPieces ? line.ToArray() : pieces.Slice(start, line.Count), endsParagraph);

    /// <summary>Cuts an over-wide word into full lines (returned) and a last part (<paramref name="rest"/>) that fits.</summary>
    /// <remarks>Only the piece a line ends in is shaped again (head and tail): with pieces of bounded length the cutting is linear in the word's length.</remarks>
    private static List<List<TextPiece>> Cut(List<TextPiece> word, float maxWidth, out List<TextPiece> rest)
    {
        var chunks = new List<List<TextPiece>>();
        var current = new List<TextPiece>();
        var width = 0f;
        var next = 0;
        TextPiece? carried = null; // what is left of the piece the previous line ended in
        while (carried is not null || next < word.Count)
        {
            var piece = carried ?? word[next++];
            carried = null;
            if (width + piece.Width - piece.TrailingSpaceWidth <= maxWidth + Size.Epsilon)
            {
                current.Add(piece);
                width += piece.Width;
                continue;
            }
            var split = FittingLength(piece, maxWidth - width, current.Count == 0);
            if (split > 0)
            {
                current.Add(piece.Part(0, split, true, false));
                carried = piece.Part(split, piece.Length, piece.BreakAfter, piece.ForcedBreakAfter);
            }
            else
            {
                carried = piece;
            }
            chunks.Add(current);
            current = [];
            width = 0;
        }
        rest = current;
        return chunks;
    }

    /// <summary>How many UTF-16 characters of the piece fit in <paramref name="space"/>; at least one cluster when the line is empty.</summary>
    private static int FittingLength(in TextPiece piece, float space, bool lineIsEmpty)
    {
        var size = piece.Style.GlyphSize;
        var glyphs = piece.Shape.Glyphs;
        var used = 0f;
        var fitting = 0;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var clusterEnd = i + 1 < glyphs.Length ? glyphs[i + 1].Cluster : piece.Length;
            used += glyphs[i].Advance * size;
            if (used > space + Size.Epsilon)
                break;
            if (clusterEnd > glyphs[i].Cluster)
                fitting = clusterEnd;
        }
        if (fitting == 0 && lineIsEmpty)
            fitting = Math.Min(piece.Length, glyphs.Length > 1 ? Math.Max(1, glyphs[1].Cluster) : piece.Length);
        return fitting;
    }
}
