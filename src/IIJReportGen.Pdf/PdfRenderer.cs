using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;
using SkiaSharp;

namespace IIJReportGen.Pdf;

/// <summary>Writes laid-out pages as a PDF: subset fonts, extractable text, metadata, links and an outline; same input, same bytes.</summary>
public static class PdfRenderer
{
    /// <summary>Lays out <paramref name="document"/> and writes it; returns the layout (pages, outline, diagnostics such as missing glyphs).</summary>
    public static LaidOutDocument Render(Document document, Stream output, PdfMetadata metadata)
    {
        var laidOut = document.Layout();
        Render(laidOut, output, metadata);
        return laidOut;
    }

    /// <summary>Writes an already laid-out document (so the PDF, PNG previews and text rendition share one layout).</summary>
    public static void Render(LaidOutDocument document, Stream output, PdfMetadata metadata)
    {
        var typefaces = SubsetTypefaces(document);
        try
        {
            using var buffer = new MemoryStream();
            using (var pdf = SKDocument.CreatePdf(buffer, ToSkia(metadata)))
            {
                foreach (var page in document.Pages)
                {
                    var canvas = pdf.BeginPage(page.Size.Width, page.Size.Height);
                    PagePainter.Paint(page, canvas, face => typefaces.TryGetValue(face, out var subset) ? subset : face.Typeface);
                    pdf.EndPage();
                }
                pdf.Close();
            }
            // Skia's bytes are fixed in place and written once, followed by the outline update: no copy of the whole file.
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            PdfDates.Normalise(bytes, metadata);
            output.Write(bytes);
            output.Write(PdfOutline.Update(bytes, document.Outline));
        }
        finally
        {
            foreach (var typeface in typefaces.Values)
                typeface.Dispose();
        }
    }

    /// <summary>One subset per face, holding just the characters the document shows; glyph ids stay those used in layout.</summary>
    private static Dictionary<FontFace, SKTypeface> SubsetTypefaces(LaidOutDocument document)
    {
        var typefaces = new Dictionary<FontFace, SKTypeface>();
        foreach (var (face, codepoints) in document.UsedFonts())
        {
            if (!face.IsTrueTypeOutline)
                document.Diagnostics.Add(Diagnostic.Warning(PdfCodes.Type3Font, $"Font '{face}' has CFF or variable outlines; Skia embeds it as a Type 3 font, whose text extracts poorly.",
                    hint: "Use a TrueType-outline font (for Japanese, the bundled IPAexGothic or IPAexMincho)."));
            try
            {
                var subset = FontSubsetter.Subset(face.Data, face.FaceIndex, codepoints);
                using var data = SKData.CreateCopy(subset);
                // Without a subset typeface the painter uses the face's own (shared, never disposed here): the font is embedded whole.
                if (SKTypeface.FromData(data, 0) is { } typeface)
                    typefaces.Add(face, typeface);
                else
                    document.Diagnostics.Add(Diagnostic.Warning(PdfCodes.NotSubset, $"Font '{face}' could not be subset (Skia could not read the subset); it is embedded whole."));
            }
            catch (InvalidOperationException failure)
            {
                document.Diagnostics.Add(Diagnostic.Warning(PdfCodes.NotSubset, $"Font '{face}' could not be subset ({failure.Message}); it is embedded whole."));
            }
        }
        return typefaces;
    }

    private static SKDocumentPdfMetadata ToSkia(PdfMetadata metadata) => new()
    {
        Title = metadata.Title,
        Author = metadata.Author,
        Subject = metadata.Subject,
        Keywords = metadata.Keywords,
        Creator = metadata.Creator,
        Producer = metadata.Producer,
        Creation = metadata.Created.UtcDateTime,
        Modified = metadata.Modified.UtcDateTime,
        PdfA = metadata.PdfA,
        RasterDpi = SKDocument.DefaultRasterDpi,
        EncodingQuality = 101,
    };
}
