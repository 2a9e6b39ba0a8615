namespace IIJReportGen.Layout.Tests;

/// <summary>A run keeps vertical offsets only from its first glyph off the baseline (a mark) on, the ones before it zeros:
/// the bundled dataset has no marks, so this is the only check that the painter keeps the shape's offsets.</summary>
public class GlyphRunOffsetsTests
{
    [Fact]
    public void ARunsYOffsetsAreZeroBeforeItsFirstMarkAndTheShapesAfter()
    {
        const string text = "Marks: q\u0301 a\u0323\u0302 n\u0303";
        var document = new Document().Page(page => page.Content().Column(column => column.Item().Text(text, Samples.Body)));
        var run = Assert.Single(document.Layout().Pages.SelectMany(p => p.Operations).OfType<GlyphRun>());
        var y = run.YOffsets.ToArray();
        Assert.Equal(run.Glyphs.Length, y.Length);
        var expected = new List<float>();
        foreach (var word in text.Split(' '))
        {
            var shape = run.Face.Shape(word + " ", false);
            for (var g = 0; g < shape.Glyphs.Length; g++)
                expected.Add(shape.OffsetOf(g).Y * run.FontSize);
        }
        Assert.Equal(expected.Take(y.Length), y);
        Assert.Equal(0f, y[0]);
        Assert.Contains(y, v => v != 0);
    }
}
