using System.Globalization;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout;

/// <summary>Font services for one document: resolves styles to font chains and reports missing glyphs and fonts once each.</summary>
public sealed class Typesetter(FontLibrary fonts, IReadOnlyList<string> defaultFamilies, DiagnosticBag diagnostics)
{
    private readonly HashSet<(int Codepoint, string Fonts)> _reportedGlyphs = [];
    private readonly HashSet<string> _reportedFamilies = [];

    public FontLibrary Fonts { get; } = fonts;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public FontChain Chain(TextStyle style)
    {
        var chain = Fonts.Chain(style.FontFamilies ?? defaultFamilies, style.Weight, style.IsItalic);
        foreach (var family in chain.MissingFamilies)
        {
            if (_reportedFamilies.Add(family))
                Diagnostics.Add(Diagnostic.Warning(LayoutCodes.MissingFamily, $"Font family '{family}' is not installed; using the next font in the fallback chain ({chain.Description}).",
                    hint: "Install the font or name an installed family in the stylesheet."));
        }
        if (chain.Faces.Count == 0)
            throw new InvalidOperationException($"None of the font families {string.Join(", ", style.FontFamilies ?? defaultFamilies)} is installed.");
        return chain;
    }

    /// <summary>Warns, once per character and chain, that no font in the chain can show <paramref name="codepoint"/>.</summary>
    public void ReportMissingGlyph(int codepoint, FontChain chain)
    {
        if (!_reportedGlyphs.Add((codepoint, chain.Description)))
            return;
        var code = codepoint.ToString("X4", CultureInfo.InvariantCulture);
        Diagnostics.Add(Diagnostic.Warning(LayoutCodes.MissingGlyph, $"Missing glyph: U+{code} '{char.ConvertFromUtf32(codepoint)}' is in none of the fonts {chain.Description}; it is drawn as an empty box.",
            hint: "Use a font family that covers this character, or replace the character."));
    }
}
