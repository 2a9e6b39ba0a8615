using System.Globalization;

namespace IIJReportGen.Layout;

/// <summary>Cuts spans into pieces at break opportunities and font changes (fallback per character), and shapes each piece.</summary>
internal static class TextItemizer
{
    /// <summary>A run longer than this with no break opportunity (a 5 MB "word") is shaped in slices of about this length:
    /// shaping it, and cutting it into lines, then cost time and memory linear in its length. Words are far shorter.</summary>
    public const int LongestPiece = 256;

    // One buffer per thread for the pieces being cut: a paragraph's setting keeps only its own array.
    [ThreadStatic]
    private static List<TextPiece>? _buffer;

    /// <summary>Cuts the spans into shaped pieces, written into <paramref name="into"/> (replaced by a larger array when it
    /// is too small, so a paragraph's setting reuses its array); returns how many.</summary>
    public static int Itemize(ReadOnlySpan<TextSpan> spans, Typesetter typesetter, ref TextPiece[] into)
    {
        var pieces = _buffer ??= [];
        pieces.Clear();
        var paragraph = spans.Length == 1 ? spans[0].Text : Concat(spans);
        var spanStart = 0;
        for (var s = 0; s < spans.Length; s++)
        {
            var span = spans[s];
            var chain = typesetter.Chain(span.Style);
            var text = span.Text;
            var pieceStart = 0;
            FontFace? pieceFace = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n')
                {
                    Emit(pieces, typesetter, span, chain, pieceFace ?? chain.Primary, pieceStart, i, false, true);
                    pieceStart = i + 1;
                    pieceFace = null;
                    continue;
                }
                var codepoint = Codepoint.At(text, i);
                var face = FaceFor(codepoint, pieceFace, chain, typesetter, span, i);
                if (pieceFace is not null && face != pieceFace && i > pieceStart)
                {
                    Emit(pieces, typesetter, span, chain, pieceFace, pieceStart, i, false, false);
                    pieceStart = i;
                }
                pieceFace = face;
                if (codepoint > 0xFFFF)
                    i++;
                if (LineBreakRules.CanBreakAfter(paragraph, spanStart + i) && (i + 1 >= text.Length || text[i + 1] != '\n'))
                {
                    Emit(pieces, typesetter, span, chain, face, pieceStart, i + 1, true, false);
                    pieceStart = i + 1;
                    pieceFace = null;
                }
                else if (i + 1 - pieceStart >= LongestPiece && StartsCluster(text, i + 1))
                {
                    Emit(pieces, typesetter, span, chain, face, pieceStart, i + 1, false, false);
                    pieceStart = i + 1;
                }
            }
            if (pieceStart < text.Length)
                Emit(pieces, typesetter, span, chain, pieceFace ?? chain.Primary, pieceStart, text.Length, false, false);
            spanStart += text.Length;
        }
        return ReusableArray.MoveInto(pieces, ref into);
    }

    private static string Concat(ReadOnlySpan<TextSpan> spans)
    {
        var text = new System.Text.StringBuilder();
        foreach (var span in spans)
            text.Append(span.Text);
        return text.ToString();
    }

    /// <summary>Whether a slice may start at <paramref name="index"/>: not inside a surrogate pair, before a combining mark or next to a joiner.</summary>
    private static bool StartsCluster(string text, int index) =>
        index < text.Length && !char.IsLowSurrogate(text[index])
        && CharUnicodeInfo.GetUnicodeCategory(text, index) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        && CharUnicodeInfo.GetUnicodeCategory(text[index - 1]) != UnicodeCategory.Format;

    private static FontFace FaceFor(int codepoint, FontFace? current, FontChain chain, Typesetter typesetter, TextSpan span, int index)
    {
        // Spaces stay in the face of the text before them, so a fallback face does not split a run at every space.
        if (current is not null && codepoint is 0x20 or 0x09 && current.HasGlyph(codepoint))
            return current;
        return chain.FaceFor(codepoint) ?? Uncovered(codepoint, current, chain, typesetter, span, index);
    }

    /// <summary>The face for a character no face of the chain has (the one before it, or the first), reported as missing.</summary>
    private static FontFace Uncovered(int codepoint, FontFace? current, FontChain chain, Typesetter typesetter, TextSpan span, int index)
    {
        if (codepoint > 0xFFFF || !char.IsControl((char)codepoint))
            typesetter.ReportMissingGlyph(codepoint, chain, span.Origin?.LocationOf(index));
        return current ?? chain.Primary;
    }

    /// <summary>Shapes the span's characters [start, end) as one piece.</summary>
    private static void Emit(List<TextPiece> pieces, Typesetter typesetter, TextSpan span, FontChain chain, FontFace face, int start, int end, bool breakAfter, bool forcedBreakAfter)
    {
        if (end == start && !forcedBreakAfter)
            return;
        typesetter.Use(face);
        var shape = face.Shape(span.Text, start, end - start, span.Style.HasTabularFigures);
        pieces.Add(new TextPiece(span, start, end - start, face, chain, shape, breakAfter, forcedBreakAfter));
    }
}
