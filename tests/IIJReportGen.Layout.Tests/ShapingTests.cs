namespace IIJReportGen.Layout.Tests;

/// <summary>A face shapes every text in one reused HarfBuzz buffer: what it shaped before must not change a text's shape, and
/// offsets are kept only for text with a glyph off its pen position.</summary>
public class ShapingTests
{
    private static readonly string[] Texts =
    [
        "Total Revenues", "51,109", "Marks: q\u0301 a\u0323\u0302 n\u0303", "Ωμέγα Кириллица", "(2,345)", "office ffl fi", "\u05E9\u05DC\u05D5\u05DD", "6.4%",
    ];

    private static FontFace FreshFace() =>
        new FontLibrary(FontLibrary.DefaultBundledFolder, installedFonts: false).Find("Liberation Sans", 400, false)
        ?? throw new InvalidOperationException("Liberation Sans is bundled.");

    [Fact]
    public void A_texts_shape_does_not_depend_on_what_the_face_shaped_before()
    {
        // Two faces of their own (no shared cache): one shapes the texts in order, the other in reverse order, so every text
        // follows a different text (and script and direction) in the reused buffer.
        var (forward, backward) = (FreshFace(), FreshFace());
        var shapedForward = Texts.Select(text => (text, shape: forward.Shape(text, tabularFigures: text.Contains(','))))
            .ToDictionary(t => t.text, t => t.shape);
        var shapedBackward = Texts.Reverse().Select(text => (text, shape: backward.Shape(text, tabularFigures: text.Contains(','))))
            .ToDictionary(t => t.text, t => t.shape);

        Assert.All(Texts, text =>
        {
            var (a, b) = (shapedForward[text], shapedBackward[text]);
            Assert.NotEmpty(a.Glyphs);
            Assert.Equal(a.Glyphs, b.Glyphs);
            Assert.Equal(a.Offsets, b.Offsets);
        });
    }

    [Fact]
    public void Offsets_are_kept_only_for_text_with_a_glyph_off_its_pen_position()
    {
        var face = FreshFace();

        var plain = face.Shape("Total Revenues 51,109", tabularFigures: false);
        var marked = face.Shape("q\u0301 a\u0323\u0302", tabularFigures: false);

        Assert.Empty(plain.Offsets);
        Assert.All(Enumerable.Range(0, plain.Glyphs.Length), g => Assert.Equal(default, plain.OffsetOf(g)));
        Assert.Equal(marked.Glyphs.Length, marked.Offsets.Length);
        Assert.Contains(marked.Offsets, offset => offset.Y != 0 || offset.X != 0);
        Assert.All(Enumerable.Range(0, marked.Glyphs.Length), g => Assert.Equal(marked.Offsets[g], marked.OffsetOf(g)));
    }
}
