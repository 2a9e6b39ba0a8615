namespace IIJReportGen.Layout;

/// <summary>The smallest unit of line breaking: text in one span and one face, shaped, with no break opportunity inside.</summary>
/// <remarks>A value in its paragraph's array, not an object per word: a table's figures and labels make hundreds a page.</remarks>
internal readonly struct TextPiece
{
    public TextPiece(TextSpan span, int spanStart, int length, FontFace face, FontChain chain, ShapedText shape, bool breakAfter, bool forcedBreakAfter)
        : this(span, spanStart, length, face, shape, breakAfter, forcedBreakAfter, chain.NeedsSyntheticBold(face), chain.NeedsSyntheticItalic(face))
    {
    }

    // A paragraph holds a piece per word while it is laid out, so a piece keeps only what cannot be worked out cheaply
    // from its span and face (no chain, no line-box metrics, no copy of its characters).
    private TextPiece(TextSpan span, int spanStart, int length, FontFace face, ShapedText shape, bool breakAfter, bool forcedBreakAfter, bool syntheticBold, bool syntheticItalic)
    {
        Span = span;
        SpanStart = spanStart;
        Length = length;
        Face = face;
        Shape = shape;
        BreakAfter = breakAfter;
        ForcedBreakAfter = forcedBreakAfter;
        SyntheticBold = syntheticBold;
        SyntheticItalic = syntheticItalic;
        var size = span.Style.GlyphSize;
        Width = shape.Width * size;
        var text = Text;
        var trailing = text.Length;
        while (trailing > 0 && LineBreakRules.IsBreakingSpace(text[trailing - 1]))
            trailing--;
        TrailingSpaceStart = trailing;
        TrailingSpaceWidth = 0;
        // Clusters are UTF-16 indexes into the text: with no trailing space none can reach past it (most pieces).
        for (var i = 0; trailing < text.Length && i < shape.Glyphs.Length; i++)
        {
            if (shape.Glyphs[i].Cluster >= trailing)
                TrailingSpaceWidth += shape.Glyphs[i].Advance * size;
        }
    }

    public TextSpan Span { get; }

    /// <summary>Where <see cref="Text"/> starts in the span's text.</summary>
    public int SpanStart { get; }

    public TextStyle Style => Span.Style;

    public FontFace Face { get; }

    /// <summary>Its characters: a stretch of the span's text.</summary>
    public ReadOnlySpan<char> Text => Span.Text.AsSpan(SpanStart, Length);

    /// <summary>How many UTF-16 characters it has.</summary>
    public int Length { get; }

    public ShapedText Shape { get; }

    public bool BreakAfter { get; }

    public bool ForcedBreakAfter { get; }

    public bool SyntheticBold { get; }

    public bool SyntheticItalic { get; }

    public float Width { get; }

    /// <summary>Index in <see cref="Text"/> where trailing spaces begin; they hang past the line end.</summary>
    public int TrailingSpaceStart { get; }

    public float TrailingSpaceWidth { get; }

    // The line box uses the unshifted, full-size metrics, so superscripts do not spread lines apart.
    public float Ascent => Face.Ascent * Style.Size + HalfLeading;

    public float Descent => Face.Descent * Style.Size + HalfLeading;

    private float HalfLeading => (Style.LineHeight * Style.Size - (Face.Ascent + Face.Descent) * Style.Size) / 2;

    /// <summary>The characters [from, to) of this piece as a piece of their own, for splitting a word wider than the line.</summary>
    public TextPiece Part(int from, int to, bool breakAfter, bool forcedBreakAfter)
    {
        var start = SpanStart + from;
        return new(Span, start, to - from, Face, Face.Shape(Span.Text, start, to - from, Style.HasTabularFigures), breakAfter, forcedBreakAfter, SyntheticBold, SyntheticItalic);
    }
}
