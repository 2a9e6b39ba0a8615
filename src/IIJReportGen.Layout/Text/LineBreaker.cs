namespace IIJReportGen.Layout;

/// <summary>Greedy first-fit line breaking over pieces; a word wider than the line is cut between characters.</summary>
internal static class LineBreaker
{
    public static List<TextLine> Break(IReadOnlyList<TextPiece> pieces, float maxWidth)
    {
        var lines = new List<TextLine>();
        var line = new List<TextPiece>();
        var lineWidth = 0f;
        var word = new List<TextPiece>();
        foreach (var piece in pieces)
        {
            word.Add(piece);
            if (!piece.BreakAfter && !piece.ForcedBreakAfter && piece != pieces[^1])
                continue;
            var wordWidth = 0f;
            foreach (var part in word)
                wordWidth += part.Width;
            var visibleWidth = wordWidth - word[^1].TrailingSpaceWidth;
            if (line.Count > 0 && lineWidth + visibleWidth > maxWidth + Size.Epsilon)
            {
                lines.Add(new TextLine(line, false));
                line = [];
                lineWidth = 0;
            }
            if (line.Count == 0 && visibleWidth > maxWidth + Size.Epsilon)
            {
                var chunks = Cut(word, maxWidth, out var rest);
                lines.AddRange(chunks.Select(chunk => new TextLine(chunk, false)));
                word = rest;
                wordWidth = word.Sum(p => p.Width);
            }
            line.AddRange(word);
            lineWidth += wordWidth;
            if (piece.ForcedBreakAfter)
            {
                lines.Add(new TextLine(line, true));
                line = [];
                lineWidth = 0;
            }
            word = [];
        }
        if (line.Count > 0)
            lines.Add(new TextLine(line, true));
        return lines;
    }

    /// <summary>Cuts an over-wide word into full lines (returned) and a last part (<paramref name="rest"/>) that fits.</summary>
    private static List<List<TextPiece>> Cut(List<TextPiece> word, float maxWidth, out List<TextPiece> rest)
    {
        var chunks = new List<List<TextPiece>>();
        var current = new List<TextPiece>();
        var width = 0f;
        var queue = new Queue<TextPiece>(word);
        while (queue.Count > 0)
        {
            var piece = queue.Dequeue();
            if (width + piece.Width - piece.TrailingSpaceWidth <= maxWidth + Size.Epsilon)
            {
                current.Add(piece);
                width += piece.Width;
                continue;
            }
            var split = FittingLength(piece, maxWidth - width, current.Count == 0);
            if (split > 0)
            {
                current.Add(piece.WithText(piece.Text[..split], true, false));
                queue = new Queue<TextPiece>(queue.Prepend(piece.WithText(piece.Text[split..], piece.BreakAfter, piece.ForcedBreakAfter)));
            }
            else
            {
                queue = new Queue<TextPiece>(queue.Prepend(piece));
            }
            chunks.Add(current);
            current = [];
            width = 0;
        }
        rest = current;
        return chunks;
    }

    /// <summary>How many UTF-16 characters of the piece fit in <paramref name="space"/>; at least one cluster when the line is empty.</summary>
    private static int FittingLength(TextPiece piece, float space, bool lineIsEmpty)
    {
        var size = piece.Style.GlyphSize;
        var shape = piece.Shape;
        var used = 0f;
        var fitting = 0;
        for (var i = 0; i < shape.Glyphs.Length; i++)
        {
            var clusterEnd = i + 1 < shape.Glyphs.Length ? shape.Clusters[i + 1] : piece.Text.Length;
            used += shape.Advances[i] * size;
            if (used > space + Size.Epsilon)
                break;
            if (clusterEnd > shape.Clusters[i])
                fitting = clusterEnd;
        }
        if (fitting == 0 && lineIsEmpty)
            fitting = Math.Min(piece.Text.Length, shape.Glyphs.Length > 1 ? Math.Max(1, shape.Clusters[1]) : piece.Text.Length);
        return fitting;
    }
}
