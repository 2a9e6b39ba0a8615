using System.Globalization;
using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;

namespace IIJReportGen.Pdf;

/// <summary>The document's fonts: one subset per face, holding just the characters the document shows.</summary>
internal sealed class FontSet
{
    private readonly Dictionary<FontFace, EmbeddedFont> _fonts = [];

    public FontSet(LaidOutDocument document, PdfFile file)
    {
        foreach (var (face, codepoints) in document.UsedFonts())
        {
            var name = "F" + (_fonts.Count + 1).ToString(CultureInfo.InvariantCulture);
            _fonts.Add(face, new EmbeddedFont(name, file.Reserve(), Subset(face, codepoints, document.Diagnostics)));
        }
    }

    public IEnumerable<EmbeddedFont> All => _fonts.Values;

    public EmbeddedFont For(FontFace face) => _fonts[face];

    public void Write(PdfFile file)
    {
        foreach (var font in _fonts.Values)
            font.Write(file);
    }

    /// <summary>The subset (glyph ids unchanged), or the whole font file when hb-subset cannot read it.</summary>
    private static SubsetFont Subset(FontFace face, IReadOnlyCollection<int> codepoints, DiagnosticBag diagnostics)
    {
        try
        {
            return FontSubsetter.SubsetFont(face, codepoints);
        }
        catch (InvalidOperationException failure) when (face.FaceIndex == 0 && !face.Data.Span.StartsWith("ttcf"u8))
        {
            diagnostics.Add(Diagnostic.Warning(PdfCodes.NotSubset, $"Font '{face}' could not be subset ({failure.Message}); it is embedded whole."));
            return new SubsetFont(face.Data.ToArray(), codepoints);
        }
    }
}
