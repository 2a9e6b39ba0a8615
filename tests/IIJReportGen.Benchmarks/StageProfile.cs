using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using IIJReportGen.Layout;
using IIJReportGen.Pdf;

namespace IIJReportGen.Benchmarks;

/// <summary>Time, allocation and collections of each stage (layout, PDF, plain text) of one document, and what its laid-out pages hold.</summary>
internal static class StageProfile
{
    public static void Run(Func<Document> build, PdfMetadata metadata)
    {
        var laidOut = Layout(build);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  managed heap with the laid-out pages alone: {Heap():0.0} MB"));
        Contents(laidOut);
        Stage("paint", () =>
        {
            // Replaying onto a canvas that draws nothing: the PNG painter's own cost, without rasterising.
            using var canvas = new SkiaSharp.SKNoDrawCanvas(600, 850);
            foreach (var page in laidOut.Pages)
                PagePainter.Paint(page, canvas);
        });
        Stage("used fonts", () => laidOut.UsedFonts());
        Stage("pdf", () => PdfRenderer.Render(laidOut, Stream.Null, metadata));
        Stage("plain text", () => PlainTextRendition.Write(laidOut));
        GC.KeepAlive(laidOut);
    }

    // Not inlined, so the document tree is unreachable once it returns (Tier-0 code keeps locals alive to the end of a method).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LaidOutDocument Layout(Func<Document> build)
    {
        var document = build();
        var tree = Heap();
        LaidOutDocument laidOut = null!;
        Stage("layout", () => laidOut = document.Layout());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  managed heap: document tree {tree:0.0} MB, with the laid-out pages {Heap():0.0} MB"));
        return laidOut;
    }

    private static readonly AllocationSampler Sampler = new();

    private static void Stage(string name, Action stage)
    {
        Sampler.Start();
        GC.Collect();
        var (allocated, gen0, gen1, gen2, pause) = (GC.GetTotalAllocatedBytes(true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var watch = Stopwatch.StartNew();
        stage();
        watch.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-10} {watch.Elapsed.TotalMilliseconds,8:0} ms  allocated {(GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0,7:0.0} MB  GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}  pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds,5:0} ms  peak working set so far {PeakWorkingSet():0} MB"));
        Sampler.Report(20);
    }

    private static double PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1048576.0;
    }

    private static double Heap()
    {
        GC.Collect();
        return GC.GetTotalMemory(true) / 1048576.0;
    }

    private static void Contents(LaidOutDocument laidOut)
    {
        var operations = laidOut.Pages.SelectMany(p => p.Operations).ToList();
        var runs = operations.OfType<GlyphRun>().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {laidOut.Pages.Count} pages, {operations.Count} operations ({runs.Count} glyph runs, {runs.Sum(r => r.Glyphs.Length)} glyphs, {runs.Sum(r => r.Text.Length)} chars), {operations.Count - runs.Count} others"));
    }
}
