namespace IIJReportGen.Layout;

/// <summary>One laid-out line of a paragraph.</summary>
internal sealed class TextLine
{
    // An array, so walking the pieces (here and for every line painted) needs no enumerator.
    public TextLine(TextPiece[] pieces, bool endsParagraph)
    {
        Pieces = pieces;
        EndsParagraph = endsParagraph;
        foreach (var piece in pieces)
        {
            Width += piece.Width;
            Ascent = Math.Max(Ascent, piece.Ascent);
            Descent = Math.Max(Descent, piece.Descent);
        }
        if (pieces.Length > 0)
            Width -= pieces[^1].TrailingSpaceWidth;
    }

    public TextPiece[] Pieces { get; }

    /// <summary>Ends the paragraph or a forced break: never justified.</summary>
    public bool EndsParagraph { get; }

    /// <summary>Width of the ink-bearing content, without the trailing spaces.</summary>
    public float Width { get; }

    public float Ascent { get; }

    public float Descent { get; }

    public float Height => Ascent + Descent;
}
