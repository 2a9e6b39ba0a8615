namespace IIJReportGen.Layout;

/// <summary>One laid-out line of a paragraph.</summary>
internal sealed class TextLine(IReadOnlyList<TextPiece> pieces, bool endsParagraph)
{
    public IReadOnlyList<TextPiece> Pieces { get; } = pieces;

    /// <summary>Ends the paragraph or a forced break: never justified.</summary>
    public bool EndsParagraph { get; } = endsParagraph;

    /// <summary>Width of the ink-bearing content, without the trailing spaces.</summary>
    public float Width { get; } = pieces.Sum(p => p.Width) - (pieces.Count > 0 ? pieces[^1].TrailingSpaceWidth : 0);

    public float Ascent { get; } = pieces.Count == 0 ? 0 : pieces.Max(p => p.Ascent);

    public float Descent { get; } = pieces.Count == 0 ? 0 : pieces.Max(p => p.Descent);

    public float Height => Ascent + Descent;
}
