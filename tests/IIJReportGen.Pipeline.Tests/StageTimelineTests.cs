namespace IIJReportGen.Pipeline.Tests;

/// <summary>The IIJREPORT_TRACE timeline: in order of start, and bounded (a long watch session keeps only the newest spans).</summary>
public sealed class StageTimelineTests
{
    [Fact]
    public void The_timeline_keeps_the_newest_spans_in_order_of_start_and_says_how_many_it_dropped()
    {
        var timeline = new StageTimeline(3);
        foreach (var (stage, start) in new[] { ("load", 1.0), ("render", 2.0), ("markup", 4.0), ("checks", 3.0), ("pdf", 5.0) })
            timeline.Add(new StageSpan(stage, start, start + 0.5, 1, 2_000_000, 3));
        var text = new StringWriter { NewLine = "\n" };

        timeline.Write(text);

        Assert.Equal("""
            trace: the first 2 spans are not shown (the last 3 are kept)
            trace     3.0     3.5    0.5 ms    2.0 MB  thread   1  gc   3  checks
            trace     4.0     4.5    0.5 ms    2.0 MB  thread   1  gc   3  markup
            trace     5.0     5.5    0.5 ms    2.0 MB  thread   1  gc   3  pdf

            """, text.ToString());
    }

    [Fact]
    public void A_timeline_within_its_bound_shows_every_span_and_no_drop_line()
    {
        var timeline = new StageTimeline(3);
        timeline.Add(new StageSpan("load", 35.2, 71.3, 1, 8_400_000, 12));
        var text = new StringWriter { NewLine = "\n" };

        timeline.Write(text);

        Assert.Equal("trace    35.2    71.3   36.1 ms    8.4 MB  thread   1  gc  12  load\n", text.ToString());
    }
}
