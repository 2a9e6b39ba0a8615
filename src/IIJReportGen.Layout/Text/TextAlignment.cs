namespace IIJReportGen.Layout;

/// <summary>How lines sit between the paragraph's edges.</summary>
public enum TextAlignment
{
    Left,
    Center,
    Right,
    /// <summary>Full lines stretch to both edges (at spaces, or between characters in Japanese); the last line is left-aligned.</summary>
    Justify,
}
