using System.Runtime.InteropServices;
using System.Text;
using IIJReportGen.Pdf;
using SkiaSharp;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace IIJReportGen.Layout.Tests;

public class FontSubsetterTests(ITestOutputHelper output)
{
    private static readonly string IpaexGothicPath = Path.Combine(FontLibrary.DefaultBundledFolder, "ipaexg.ttf");
    private static readonly string LiberationSansPath = Path.Combine(FontLibrary.DefaultBundledFolder, "LiberationSans-Regular.ttf");
    private const string JapaneseText = "決算短信 月 2013年";
    private const string EnglishText = "Revenues JPY54,397 million (up 6.4%)";
    private const float FontSize = 12f;

    [Fact]
    public void IpaexSubsetIsSmallLoadsInSkiaAndKeepsGlyphIds()
    {
        var original = File.ReadAllBytes(IpaexGothicPath);
        var codepoints = CodepointsOf(JapaneseText);

        var subset = FontSubsetter.Subset(original, 0, codepoints);

        Assert.True(subset.Length < original.Length / 20,
            $"subset is {subset.Length} bytes, original {original.Length}: expected under 5 %");
        using var originalFont = new SKFont(SKTypeface.FromData(SKData.CreateCopy(original)), FontSize);
        using var subsetTypeface = SKTypeface.FromData(SKData.CreateCopy(subset));
        Assert.NotNull(subsetTypeface);
        using var subsetFont = new SKFont(subsetTypeface, FontSize);
        var expected = originalFont.GetGlyphs(codepoints.ToArray());
        Assert.DoesNotContain((ushort)0, expected);
        // Retained glyph ids: the subset's glyph table ends at the highest kept id, not at the kept glyphs' count.
        Assert.InRange(subsetTypeface.GlyphCount, expected.Max() + 1, originalFont.Typeface.GlyphCount);
        Assert.Equal(expected, subsetFont.GetGlyphs(codepoints.ToArray()));
    }

    [Fact]
    public void IpaexSubsetDropsKangxiRadicalsSharingAGlyph()
    {
        var original = File.ReadAllBytes(IpaexGothicPath);
        const int kangxiMoon = 0x2F49; // ⽉, drawn with the same glyph as 月 in IPAex.
        using var originalFont = new SKFont(SKTypeface.FromData(SKData.CreateCopy(original)), FontSize);
        Assert.Equal(originalFont.GetGlyph('月'), originalFont.GetGlyph(kangxiMoon));

        var subset = FontSubsetter.Subset(original, 0, CodepointsOf(JapaneseText));

        using var subsetFont = new SKFont(SKTypeface.FromData(SKData.CreateCopy(subset)), FontSize);
        Assert.Equal(originalFont.GetGlyph('月'), subsetFont.GetGlyph('月'));
        Assert.Equal(0, subsetFont.GetGlyph(kangxiMoon));
    }

    [Fact]
    public void JapanesePdfWithIpaexSubsetExtractsTheText()
    {
        var original = File.ReadAllBytes(IpaexGothicPath);
        var subset = FontSubsetter.Subset(original, 0, CodepointsOf(JapaneseText));

        var pdf = RenderPdf(original, subset, ["決算短信", JapaneseText]);
        output.WriteLine($"IPAex Gothic: font {original.Length} bytes, subset {subset.Length} bytes, PDF {pdf.Length} bytes");

        Assert.True(pdf.Length < 100 * 1024, $"PDF is {pdf.Length} bytes; the font was not embedded as a subset");
        var lines = ExtractLines(pdf);
        Assert.Equal(["決算短信", JapaneseText], lines);
        Assert.DoesNotContain(string.Concat(lines), c => c is >= '\u2E80' and <= '\u2FDF'); // CJK and Kangxi radicals
    }

    [Fact]
    public void EnglishPdfWithLiberationSubsetExtractsTheText()
    {
        var original = File.ReadAllBytes(LiberationSansPath);
        var subset = FontSubsetter.Subset(original, 0, CodepointsOf(EnglishText));

        var pdf = RenderPdf(original, subset, [EnglishText]);
        output.WriteLine($"Liberation Sans: font {original.Length} bytes, subset {subset.Length} bytes, PDF {pdf.Length} bytes");

        Assert.True(subset.Length < original.Length / 5,
            $"subset is {subset.Length} bytes, original {original.Length}");
        Assert.True(pdf.Length < 100 * 1024, $"PDF is {pdf.Length} bytes; the font was not embedded as a subset");
        Assert.Equal(EnglishText, Assert.Single(ExtractLines(pdf)));
    }

    [Fact]
    public void SubsetIsDeterministicAndIndependentOfCodepointOrder()
    {
        var original = File.ReadAllBytes(LiberationSansPath);
        var codepoints = CodepointsOf(EnglishText);

        var first = FontSubsetter.Subset(original, 0, codepoints);
        var second = FontSubsetter.Subset(original, 0, codepoints);
        var reversed = FontSubsetter.Subset(original, 0, codepoints.AsEnumerable().Reverse().ToArray());

        Assert.Equal(first, second);
        Assert.Equal(first, reversed);
        Assert.Equal(RenderPdf(original, first, [EnglishText]), RenderPdf(original, second, [EnglishText]));
    }

    [Fact]
    public void ALoadedFaceSubsetFromSeveralThreadsAtOnceGivesTheSubsetsOfItsFile()
    {
        // A loaded face keeps one HarfBuzz face for every document that subsets it, and a build of several datasets
        // subsets in parallel: each thread must get exactly the subset a face of its own would give.
        var face = new FontLibrary(FontLibrary.DefaultBundledFolder, installedFonts: false).Find("IPAexGothic", 400, false)!;
        var file = File.ReadAllBytes(IpaexGothicPath);
        string[] texts = [JapaneseText, EnglishText, "0123456789,.%", "四半期連結売上高 前年同期比", "Page 1 of 2", "営業利益 △1,234"];
        var expected = texts.Select(text => FontSubsetter.Subset(file, 0, CodepointsOf(text))).ToArray();

        var subsets = new byte[texts.Length * 8][];
        Parallel.For(0, subsets.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => subsets[i] = FontSubsetter.SubsetFont(face, CodepointsOf(texts[i % texts.Length])).Bytes);

        for (var i = 0; i < subsets.Length; i++)
            Assert.Equal(expected[i % texts.Length], subsets[i]);
    }

    [Fact]
    public void RandomBytesAreRejectedWithAClearMessage()
    {
        var garbage = new byte[4096];
        new Random(20130331).NextBytes(garbage);

        var error = Assert.Throws<InvalidOperationException>(() => FontSubsetter.Subset(garbage, 0, CodepointsOf("A")));

        Assert.Equal("The font cannot be subset: the data is not a TrueType/OpenType font or font collection.", error.Message);
    }

    [Fact]
    public void FaceIndexBeyondTheFontIsRejectedWithAClearMessage()
    {
        var original = File.ReadAllBytes(LiberationSansPath);

        var error = Assert.Throws<InvalidOperationException>(() => FontSubsetter.Subset(original, 1, CodepointsOf("A")));

        Assert.Equal("The font cannot be subset: face index 1 is out of range (the data holds 1 face(s)).", error.Message);
    }

    private static int[] CodepointsOf(string text) =>
        text.EnumerateRunes().Select(rune => rune.Value).Distinct().ToArray();

    // Shapes each line with the original font, as the layout engine does, and draws the glyph ids with the subset.
    private static byte[] RenderPdf(byte[] originalFont, byte[] subsetFont, IReadOnlyList<string> lines)
    {
        using var typeface = SKTypeface.FromData(SKData.CreateCopy(subsetFont));
        using var font = new SKFont(typeface, FontSize);
        using var paint = new SKPaint { Color = SKColors.Black };
        using var stream = new MemoryStream();
        var fixedDate = new DateTime(2013, 5, 14, 15, 0, 0, DateTimeKind.Utc);
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Creation = fixedDate;
        metadata.Modified = fixedDate;
        metadata.PdfA = false;
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var canvas = document.BeginPage(595, 842);
            for (var i = 0; i < lines.Count; i++)
            {
                using var blob = ShapedTextBlob(originalFont, font, lines[i]);
                canvas.DrawText(blob, 72, 72 + i * 2 * FontSize, paint);
            }
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    private static SKTextBlob ShapedTextBlob(byte[] originalFont, SKFont drawingFont, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        using var hbBlob = PinnedBlob(originalFont);
        using var hbFace = new HarfBuzzSharp.Face(hbBlob, 0);
        using var hbFont = new HarfBuzzSharp.Font(hbFace);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(utf8);
        buffer.GuessSegmentProperties();
        hbFont.Shape(buffer);

        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var scale = FontSize / hbFace.UnitsPerEm; // A new HarfBuzz font is scaled to units per em.
        var glyphs = new ushort[infos.Length];
        var clusters = new uint[infos.Length];
        var points = new SKPoint[infos.Length];
        var x = 0f;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = checked((ushort)infos[i].Codepoint);
            clusters[i] = infos[i].Cluster; // UTF-8 byte offsets, because the buffer was filled with UTF-8.
            points[i] = new SKPoint(x + positions[i].XOffset * scale, -positions[i].YOffset * scale);
            x += positions[i].XAdvance * scale;
        }

        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedTextRun(drawingFont, glyphs.Length, utf8.Length);
        run.SetGlyphs(glyphs);
        run.SetPositions(points);
        run.SetText(utf8);
        run.SetClusters(clusters);
        return builder.Build()!;
    }

    // Not HarfBuzzSharp's Blob.FromStream: its blob points into a byte array it unpins and drops on return, so a collection
    // that moves or frees the array left HarfBuzz reading freed memory (wrong glyphs, or a segfault in libHarfBuzzSharp).
    // Here the array stays pinned until HarfBuzz releases the blob.
    private static HarfBuzzSharp.Blob PinnedBlob(byte[] font)
    {
        var pinned = GCHandle.Alloc(font, GCHandleType.Pinned);
        return new HarfBuzzSharp.Blob(pinned.AddrOfPinnedObject(), font.Length, HarfBuzzSharp.MemoryMode.ReadOnly, () => pinned.Free());
    }

    // PdfPig ignores Skia's ActualText, so this reads the glyphs' ToUnicode mapping, which the subset decides.
    private static string[] ExtractLines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPage(1).Letters
            .GroupBy(letter => Math.Round(letter.StartBaseLine.Y))
            .OrderByDescending(line => line.Key)
            .Select(line => string.Concat(line.OrderBy(letter => letter.StartBaseLine.X).Select(letter => letter.Value)))
            .ToArray();
    }
}
