namespace IIJReportGen.Layout.Tests;

/// <summary>The fonts a PDF embeds: gathered while runs are painted, they must be what the pages' runs show, in the pages' order.</summary>
public class UsedFontsTests
{
    [Fact]
    public void FacesComeInThePagesOrderWithTheCodePointsOfTheirRuns()
    {
        // The header band (bold) is painted after the content (regular, Japanese), but comes first on every page.
        var document = new Document().Page(page =>
        {
            page.Size(new Size(300, 200)).Margin(10);
            page.Header().Text("Header 1H13", Samples.Bold);
            page.Content().Column(column =>
            {
                column.Item().Text("Revenues increased by 6.4% YoY  ", Samples.Body);
                column.Item().Text("当社グループの売上高は増加しました。", Samples.Body);
                column.Item().Text(string.Join("\n", Enumerable.Repeat("filler é", 30)), Samples.Body);
            });
        });

        var laidOut = document.Layout();

        var runs = laidOut.Pages.SelectMany(page => page.Operations.OfType<GlyphRun>()).ToList();
        var expected = runs.Select(run => run.Face).Distinct()
            .Select(face => (face, (IReadOnlyCollection<int>)runs.Where(run => run.Face == face)
                .SelectMany(run => run.Text.EnumerateRunes().Select(rune => rune.Value)).Distinct().Order().ToList()))
            .ToList();
        Assert.True(laidOut.Pages.Count > 1);
        Assert.Equal(3, expected.Count);
        Assert.True(expected[0].face.Weight >= 600, "the header's bold face comes first");
        Assert.Equal(expected.Select(e => e.face), laidOut.UsedFonts().Select(used => used.Face));
        Assert.Equal(expected.Select(e => e.Item2), laidOut.UsedFonts().Select(used => used.Codepoints));
    }
}
