using IIJReportGen.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace IIJReportGen.Layout.Tests;

/// <summary>
/// Glyph ids are written as their two raw bytes in literal strings: a byte that is a delimiter ('(' 0x28, ')' 0x29), the
/// escape ('\' 0x5C) or CR (0x0D) must be escaped, and LF (0x0A) and NUL stand for themselves; a reader gets the same glyphs.
/// </summary>
public class PdfGlyphStringTests
{
    private static readonly byte[] Special = [0x28, 0x29, 0x5C, 0x0D, 0x0A, 0x00];

    // Liberation Sans: E 0x0028, F 0x0029, y 0x005C, * 0x000D, ' 0x000A (high byte 0x00 in all of them); IPAex Gothic:
    // 㐆 0x2810, 㛏 0x290C, ⺒ 0x0DC8, ⻑ 0x0AEB, ㇰ 0x2600, Ĺ 0x255C. No bundled font has a glyph 0x5Cxx (IPAex has 12,239).
    private const string Latin = "EFy*'";
    private const string Japanese = "㐆㛏⺒⻑ㇰĹ";

    [Fact]
    public void GlyphsWithSpecialBytesReadBackAsTheSameGlyphsAndText()
    {
        var pdf = Samples.Pdf(new Document().Page(page => page.Content().Column(column =>
        {
            column.Item().Text(Latin, Samples.Body);
            column.Item().Text(Japanese, Samples.Body);
        })), out var laidOut);
        var drawn = laidOut.Pages[0].Operations.OfType<GlyphRun>().SelectMany(run => run.Glyphs.ToArray()).ToArray();
        foreach (var b in Special)
        {
            Assert.Contains(drawn, glyph => (glyph & 0xFF) == b);
            if (b != 0x5C)
                Assert.Contains(drawn, glyph => glyph >> 8 == b);
        }

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var read = page.Operations.OfType<ShowTextsWithPositioning>()
            .SelectMany(show => show.Array.OfType<StringToken>())
            .SelectMany(text => GlyphIds(text.GetBytes()))
            .ToArray();
        Assert.Equal(drawn, read);
        var letters = string.Concat(page.Letters.Select(letter => letter.Value));
        Assert.Contains(Latin, letters);
        Assert.Contains(Japanese, letters);
    }

    [Fact]
    public void EveryCombinationOfSpecialBytesIsEscapedAndReadsBack()
    {
        ushort[] glyphs = [.. Special.SelectMany(high => Special.Concat([(byte)'A']).Select(low => (ushort)(high << 8 | low))),
            .. Special.Select(low => (ushort)('A' << 8 | low))];
        var bytes = new ContentBytes();
        bytes.Append('(');
        foreach (var glyph in glyphs)
            bytes.AppendGlyph(glyph);
        bytes.Append(')');
        var written = bytes.Written.ToArray();

        var scanner = new CoreTokenScanner(new MemoryInputBytes(written), false, new StackDepthGuard(16));
        Assert.True(scanner.MoveNext());
        var token = Assert.IsType<StringToken>(scanner.CurrentToken);
        Assert.Equal(glyphs, GlyphIds(token.GetBytes()));
        Assert.False(scanner.MoveNext());
        // No bare CR (a reader would take it, or CR LF, as LF), and each delimiter and backslash escaped.
        Assert.DoesNotContain((byte)'\r', written);
        Assert.Equal(2 * glyphs.Length + 2 + glyphs.Sum(g => Escaped(g >> 8) + Escaped(g & 0xFF)), written.Length);
    }

    private static int Escaped(int b) => b is 0x28 or 0x29 or 0x5C or 0x0D ? 1 : 0;

    private static IEnumerable<ushort> GlyphIds(byte[] codes) =>
        Enumerable.Range(0, codes.Length / 2).Select(i => (ushort)(codes[2 * i] << 8 | codes[2 * i + 1]));
}
