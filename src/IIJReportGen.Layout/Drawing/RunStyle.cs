namespace IIJReportGen.Layout;

/// <summary>What a glyph run is drawn with: face, size, synthetic bold and italic, colour.</summary>
/// <remarks>A document's runs share one instance per combination (a table page uses a handful), so a run keeps one
/// reference instead of five fields: a long document keeps every run until it is written.</remarks>
internal sealed record RunStyle(FontFace Face, float FontSize, bool SyntheticBold, bool SyntheticItalic, Color Color)
{
    /// <summary>The styles of one document's runs, each made once.</summary>
    internal sealed class Set
    {
        private readonly Dictionary<(FontFace, float, bool, bool, Color), RunStyle> _styles = [];

        // Runs come in long stretches of one style (a table's cells): the one before serves without a lookup.
        private RunStyle? _last;

        public RunStyle Of(FontFace face, float fontSize, bool syntheticBold, bool syntheticItalic, Color color)
        {
            if (_last is { } last && last.Face == face && last.FontSize == fontSize && last.SyntheticBold == syntheticBold
                && last.SyntheticItalic == syntheticItalic && last.Color == color)
                return last;
            var key = (face, fontSize, syntheticBold, syntheticItalic, color);
            if (!_styles.TryGetValue(key, out var style))
            {
                style = new RunStyle(face, fontSize, syntheticBold, syntheticItalic, color);
                _styles.Add(key, style);
            }
            return _last = style;
        }
    }
}
