using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>
/// The word DRAFT across every page of a draft: its glyph outlines filled as a shape, under the page's content and marked
/// as a watermark artifact, so a PDF reader extracts no text from it and the tagged PDF's structure is unchanged.
/// </summary>
public static class DraftMark
{
    public const string Word = "DRAFT";

    private static readonly Color Grey = new(0xDD, 0xDD, 0xDD);

    /// <summary>The document with the mark drawn first on every page (so the content paints over it).</summary>
    public static LaidOutDocument On(LaidOutDocument document, FontLibrary fonts)
    {
        var face = fonts.Find("Liberation Sans", 700, false)
            ?? throw new InvalidOperationException("The bundled Liberation Sans Bold the draft mark is drawn in is missing from fonts/.");
        var pages = document.Pages.Select(page => new LaidOutPage(page.Size,
            [new BeginArtifact(ArtifactKind.Watermark), new FilledPath(Outline(face, page.Size), Grey), new EndArtifact(), .. page.Operations])
        {
            Placements = page.Placements,
        }).ToList();
        return new LaidOutDocument(pages, document.Outline, document.Diagnostics) { Tagged = document.Tagged, Fonts = document.Fonts, Codepoints = document.Codepoints };
    }

    /// <summary>The word's outlines along the page's rising diagonal, 60% of its length, centred.</summary>
    private static SKPath Outline(FontFace face, Size page)
    {
        using var font = new SKFont(face.Typeface, 100);
        using var word = font.GetTextPath(Word, new SKPoint(0, 0));
        var bounds = word.TightBounds;
        var diagonal = MathF.Sqrt(page.Width * page.Width + page.Height * page.Height);
        var scale = 0.6f * diagonal / bounds.Width;
        var degrees = -MathF.Atan2(page.Height, page.Width) * 180 / MathF.PI;
        var matrix = SKMatrix.CreateTranslation(-bounds.MidX, -bounds.MidY)
            .PostConcat(SKMatrix.CreateScale(scale, scale))
            .PostConcat(SKMatrix.CreateRotationDegrees(degrees))
            .PostConcat(SKMatrix.CreateTranslation(page.Width / 2, page.Height / 2));
        var placed = new SKPath(word);
        placed.Transform(matrix);
        return placed;
    }
}
