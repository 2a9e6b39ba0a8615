using IIJReportGen.Layout;

namespace IIJReportGen.Layout.Tests;

/// <summary>The tests shape whole strings; the engine shapes stretches of a span's text (a word of it, a figure).</summary>
internal static class WholeTextShaping
{
    public static ShapedText Shape(this FontFace face, string text, bool tabularFigures) => face.Shape(text, 0, text.Length, tabularFigures);

    public static ShapedText Get(this ShapeCache cache, string text, bool tabular) => cache.Get(text, 0, text.Length, tabular);
}
