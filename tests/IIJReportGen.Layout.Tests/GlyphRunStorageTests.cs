namespace IIJReportGen.Layout.Tests;

/// <summary>Glyph runs keep their glyphs in slices of shared buffers; each slice must still be the run's own.</summary>
public class GlyphRunStorageTests
{
    [Fact]
    public void EveryRunHasOneXAndClusterPerGlyphAndOffsetsOnlyWhenOffTheBaseline()
    {
        var document = new Document().Page(page => page.Content().Column(column =>
        {
            column.Item().Text("Plain words on the baseline.", Samples.Body);
            column.Item().Text("Marks: q\u0301 a\u0323\u0302 n\u0303", Samples.Body);
        }));

        var runs = document.Layout().Pages.SelectMany(p => p.Operations).OfType<GlyphRun>().ToList();

        Assert.All(runs, run =>
        {
            Assert.Equal(run.Glyphs.Length, run.X.Length);
            Assert.Equal(run.Glyphs.Length, run.Clusters.Length);
            Assert.True(run.YOffsets.IsEmpty || run.YOffsets.Length == run.Glyphs.Length);
            Assert.Equal(run.X.ToArray(), run.Positions().Select(p => p.X));
        });
        Assert.True(runs.First(r => r.Text.StartsWith("Plain", StringComparison.Ordinal)).YOffsets.IsEmpty);
    }

    [Fact]
    public void RunsOfOneDocumentNeverShareGlyphStorage()
    {
        var runs = Samples.Release(120).Layout().Pages.SelectMany(p => p.Operations).OfType<GlyphRun>().ToList();

        var slices = runs.Select(r => System.Runtime.InteropServices.MemoryMarshal.TryGetArray(r.Glyphs, out var segment) ? segment : default)
            .GroupBy(s => s.Array);
        Assert.All(slices, group =>
        {
            var ordered = group.OrderBy(s => s.Offset).ToList();
            for (var i = 1; i < ordered.Count; i++)
                Assert.True(ordered[i - 1].Offset + ordered[i - 1].Count <= ordered[i].Offset, "two runs' glyph slices overlap");
        });
    }
}
