namespace IIJReportGen.Layout;

/// <summary>One laid-out line of a paragraph.</summary>
/// <remarks>A value kept inline in the paragraph's array of lines (most table cells have one line): no object per line.</remarks>
internal readonly struct TextLine
{
    // A stretch of the paragraph's pieces (a line of whole words shares the paragraph's array; one with a cut word has its
    // own), so walking them (here and for every line painted) needs no enumerator and a line copies no pieces.
    public TextLine(ArraySegment<TextPiece> pieces, bool endsParagraph)
    {
        Pieces = pieces;
        EndsParagraph = endsParagraph;
        foreach (var piece in pieces)
        {
            Width += piece.Width;
            Ascent = Math.Max(Ascent, piece.Ascent);
            Descent = Math.Max(Descent, piece.Descent);
        }
        if (pieces.Count > 0)
            Width -= pieces[^1].TrailingSpaceWidth;
    }

    public ArraySegment<TextPiece> Pieces { get; }

    /// <summary>Ends the paragraph or a forced break: never justified.</summary>
    public bool EndsParagraph { get; }

    /// <summary>Width of the ink-bearing content, without the trailing spaces.</summary>
    public float Width { get; }

    public float Ascent { get; }

    public float Descent { get; }

    public float Height => Ascent + Descent;
}
