namespace IIJReportGen.Layout.Tests;

/// <summary>Glyph runs keep their glyphs in slices of shared buffers; each slice must still be the run's own. A run showing a
/// whole span keeps the span's string as its text, and any other run the characters it shows.</summary>
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
    public void Each_run_reads_back_its_own_clusters_whether_consecutive_or_not()
    {
        // ASCII runs (clusters 0, 1, 2, …, kept as a shared stretch) around runs of 3-byte characters and of a mark (kept in
        // the chunk): every run's clusters are the UTF-8 offsets of the characters its glyphs show.
        var texts = new[] { "Plain words", "当社グループの売上高", "Revenue up", "q\u0301 and n\u0303", "Net income" };
        var document = new Document().Page(page => page.Content().Column(column =>
        {
            foreach (var text in texts)
                column.Item().Text(text, Samples.Body);
        }));

        var runs = document.Layout().Pages.SelectMany(p => p.Operations).OfType<GlyphRun>().ToList();

        Assert.Equal(texts, runs.Select(r => r.Text));
        Assert.Equal([0u, 1, 2, 3, 4], runs[0].Clusters[..5].ToArray());
        Assert.Equal([0u, 3, 6, 9, 12], runs[1].Clusters[..5].ToArray());
        Assert.Equal([0u, 1, 2, 3, 4], runs[2].Clusters[..5].ToArray());
        Assert.All(runs.Where(r => r.Text.All(char.IsAscii)), run =>
            Assert.Equal(Enumerable.Range(0, run.Text.Length).Select(i => (uint)i), run.Clusters.ToArray()));
        // "q" and its 2-byte mark are one cluster at 0; the space after them is at byte 3.
        Assert.Equal(0u, runs[3].Clusters.Span[0]);
        Assert.DoesNotContain(1u, runs[3].Clusters.ToArray());
        Assert.Contains(3u, runs[3].Clusters.ToArray());
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

    [Fact]
    public void A_run_showing_a_whole_span_keeps_the_spans_string_and_a_part_of_one_its_own_text()
    {
        const string broken = "Revenues increased by 6.4% due to network services";
        var paragraphs = new List<Paragraph>();
        var document = new Document().Page(page => page.Content().Column(column =>
        {
            paragraphs.Add(column.Item().Text("51,109", Samples.Body));
            paragraphs.Add(column.Item().Text("Income before Income Tax Expense", Samples.Body));
            paragraphs.Add(column.Item().Width(120).Text(broken, Samples.Body));
        }));

        var runs = document.Layout().Pages.SelectMany(p => p.Operations).OfType<GlyphRun>().ToList();

        // A figure (one piece) and a label (several words, one line): the span's own string, not a copy.
        Assert.Same(paragraphs[0].Spans[0].Text, runs[0].Text);
        Assert.Same(paragraphs[1].Spans[0].Text, runs[1].Text);
        // A paragraph over several lines: each run shows its line's words.
        Assert.True(runs.Count > 3, "the last paragraph takes several lines");
        Assert.Equal(broken, string.Join(' ', runs.Skip(2).Select(r => r.Text)));
        Assert.All(runs.Skip(2), run => Assert.NotEqual(broken, run.Text));
    }

    [Fact]
    public void Each_run_keeps_its_own_face_size_and_colour_when_styles_alternate()
    {
        // Runs share one style object per combination; a style met again after others must come back as itself.
        var red = Color.FromHex("#C00000");
        var document = new Document().Page(page => page.Content().Column(column => column.Item().Text(t => t
            .Span("Net ", Samples.Body).Span("sales ", Samples.Body.FontColor(red)).Span("rose ", Samples.Body.FontSize(12))
            .Span("6.4% ", Samples.Bold).Span("again", Samples.Body))));

        var runs = document.Layout().Pages.SelectMany(p => p.Operations).OfType<GlyphRun>().ToList();

        Assert.Equal(["Net ", "sales ", "rose ", "6.4% ", "again"], runs.Select(r => r.Text));
        Assert.Equal([9.5f, 9.5f, 12f, 9.5f, 9.5f], runs.Select(r => r.FontSize));
        Assert.Equal([Color.Black, red, Color.Black, Color.Black, Color.Black], runs.Select(r => r.Color));
        Assert.Same(runs[0].Face, runs[4].Face);
        Assert.Same(runs[0].Face, runs[1].Face);
        Assert.Equal(700, runs[3].Face.Weight);
        Assert.Equal(400, runs[4].Face.Weight);
    }
}
