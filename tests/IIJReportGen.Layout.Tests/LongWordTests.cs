namespace IIJReportGen.Layout.Tests;

/// <summary>Text with no break opportunity: cut between characters into full lines, in slices that keep characters whole.</summary>
public class LongWordTests
{
    private const float Width = 200;

    private static List<GlyphRun> Runs(string text)
    {
        var laidOut = new Document().Page(page => page.Size(new Size(Width + 20, 100_000)).Margin(10).Content().Text(text, Samples.Body)).Layout();
        return laidOut.Pages.SelectMany(p => p.Operations.OfType<GlyphRun>()).OrderBy(r => r.Origin.Y).ToList();
    }

    [Fact]
    public void AWordLongerThanManySlicesIsCutIntoFullLinesWithNothingLost()
    {
        var word = string.Concat(Enumerable.Repeat("IIJAnnouncesFirstSixMonthsFinancialResults", 100));

        var lines = Runs(word);

        Assert.Equal(word, string.Concat(lines.Select(l => l.Text)));
        Assert.True(word.Length / TextItemizer.LongestPiece > 10);
        // Greedy: every line but the last is as full as it can be, short of the line width by less than one letter.
        Assert.All(lines, line => Assert.InRange(line.Width, 0, Width + 0.01f));
        Assert.All(lines[..^1], line => Assert.True(line.Width > Width - Samples.Body.Size, $"line '{line.Text}' is {line.Width} pt wide"));
    }

    [Fact]
    public void SlicesOfALongWordNeverSplitACharacterFromItsAccent()
    {
        // "é" as e + combining acute: HarfBuzz composes each pair into one glyph, which it cannot if a slice separates them.
        var word = string.Concat(Enumerable.Repeat("e\u0301", TextItemizer.LongestPiece * 3));

        var lines = Runs(word);

        Assert.Equal(word, string.Concat(lines.Select(l => l.Text)));
        Assert.Equal(TextItemizer.LongestPiece * 3, lines.Sum(l => l.Glyphs.Length));
        Assert.All(lines, line => Assert.NotEqual('\u0301', line.Text[0]));
    }
}
