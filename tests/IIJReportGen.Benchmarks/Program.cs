using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.RegularExpressions;
using IIJReportGen.Benchmarks;
using IIJReportGen.Layout;
using IIJReportGen.Pdf;
using IIJReportGen.Pipeline;

// A Stopwatch harness: every figure is layout + PDF writing (subsetting included) into memory, on one thread.
// "size KIND N" runs N-page documents (tables or mixed) in this process and prints time and peak working set; the parent
// starts one process per size so each peak is that size's own. "cold NATIVE [JIT.dll] [ROUNDS]" times whole programs (ColdStart);
// "markup [ROUNDS] [--allocations]" the Markup stage alone on the committed renditions (MarkupRuns).
var metadata = new PdfMetadata(new DateTimeOffset(2013, 11, 8, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2013, 11, 8, 0, 0, 0, TimeSpan.Zero));

if (args is ["profile", .. var profileArguments] && profileArguments.Length is 1 or 2)
{
    // "profile [tables|mixed] N": each stage's time, allocation and collections for one N-page document (mixed by default).
    // The profiled document has seed 0, the measured `size` run's first document; the warm-up's has its own figures.
    Func<int, int, Document> profiled = profileArguments is ["tables", _] ? Documents.Tables : Documents.Mixed;
    Render(profiled(60, -1), out _);
    StageProfile.Run(() => profiled(int.Parse(profileArguments[^1], CultureInfo.InvariantCulture), 0), metadata);
    return;
}

if (args is ["cold", var native, .. var coldOptions])
{
    // Whole programs, each in a fresh process: see ColdStart.
    var jit = coldOptions.Length > 0 ? coldOptions[0] : Path.Combine("src", "IIJReportGen.Cli", "bin", "Release", "net10.0", "iijreport.dll");
    ColdStart.Run(Path.GetFullPath(native), Path.GetFullPath(jit), coldOptions.Length > 1 ? int.Parse(coldOptions[1], CultureInfo.InvariantCulture) : 7);
    return;
}

if (args is ["markup", .. var markupOptions])
{
    // The Markup stage alone (XHTML + CSS → layout document), the three committed renditions: see MarkupRuns.
    MarkupRuns.Run(markupOptions.Length > 0 ? int.Parse(markupOptions[0], CultureInfo.InvariantCulture) : 20, markupOptions.Contains("--allocations"));
    return;
}

if (args is ["size", var kind, var sizeArgument, .. var sizeOptions] && sizeOptions is [] or ["--collections"])
{
    var pages = int.Parse(sizeArgument, CultureInfo.InvariantCulture);
    // Listening to the runtime's GC events costs the measured runs a little: only with the option.
    using var collectionLog = sizeOptions is ["--collections"] ? new CollectionLog() : null;
    Func<int, int, Document> build = kind == "tables" ? Documents.Tables : Documents.Mixed;
    // A small document runs several times (1,000 pages in all), so its figure is not one short timing's noise; the median run counts.
    var runs = Math.Max(1, 1000 / pages);
    Warm(build, pages, runs);
    var peakFrom = ResetPeak() ? "measured runs" : "process, warm-up included";
    var (jitMethods, jitTime) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
    var (allocatedBefore, collectionsBefore) = (GC.GetTotalAllocatedBytes(true), Collections.Now());
    var times = new List<double>();
    var (count, bytes, cpu, gc, allocated, collections) = Runs(build, pages, 0, runs, times, collectionLog);
    var (building, collectionsBuilding) = (GC.GetTotalAllocatedBytes(true) - allocatedBefore - allocated, Collections.Now() - collectionsBefore - collections);
    var (jitted, jitting) = (JitInfo.GetCompiledMethodCount() - jitMethods, JitInfo.GetCompilationTime() - jitTime);
    var seconds = times.Order().ElementAt(times.Count / 2);
    // CPU time (all threads, the GC's included) per page: what a busy shared machine inflates far less than wall time.
    var cpuPerPage = cpu.TotalMilliseconds / (count * times.Count);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{kind,-6} {count,5} pages  {seconds,7:0.000} s  {seconds * 1000 / count,6:0.000} ms/page  CPU {cpuPerPage,6:0.000} ms/page ({1000 / cpuPerPage,5:0} pages/CPU-s)  ({times.Count} runs)  peak working set {PeakMegabytes(),6:0.0} MB ({peakFrom})  managed heap after {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0,5:0.0} MB  allocated {allocated / 1024.0 / (count * times.Count),5:0} KB/page (+{building / 1024.0 / (count * times.Count):0} building the documents, untimed)  GCs {collections} (+{collectionsBuilding} untimed)  pauses {gc.TotalSeconds,5:0.000} s  PDF {bytes / 1024.0,8:0.0} KB  JIT while measuring {jitted} methods {jitting.TotalMilliseconds:0} ms"));
    collectionLog?.Report();
    return;
}

if (args is ["word", var wordArgument])
{
    // Cold, in a fresh process: the figure is what one such paragraph costs a build, fonts and JIT included.
    var characters = int.Parse(wordArgument, CultureInfo.InvariantCulture);
    var watch = Stopwatch.StartNew();
    var count = Render(Documents.UnbrokenWord(characters), out var bytes);
    watch.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{characters,9:N0} characters  {count,5} pages  {watch.Elapsed.TotalSeconds,7:0.00} s  peak working set {PeakMegabytes(),7:0.0} MB  PDF {bytes / 1024.0,8:0.0} KB"));
    return;
}

Console.WriteLine($"IIJReportGen layout + PDF benchmark ({Environment.ProcessorCount} cores available, run on one thread)");
Throughput("table-heavy A4 pages", Documents.Tables);
Throughput("prose A4 pages      ", (pages, _) => Documents.ProsePages(pages)); // prose has no figures: every run is one text

Console.WriteLine("Per-page cost by document size (each size in a fresh process, one thread):");
foreach (var shape in new[] { "tables", "mixed" })
{
    var perPage = new List<double>();
    foreach (var size in new[] { 10, 100, 1000 })
    {
        var line = Child("size", shape, size.ToString(CultureInfo.InvariantCulture));
        Console.Write("  " + line);
        perPage.Add(double.Parse(Regex.Match(line, @"([\d.]+) ms/page").Groups[1].Value, CultureInfo.InvariantCulture));
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {shape}: 1,000 pages cost {(perPage[^1] / perPage[0] - 1) * 100:+0;-0}% per page against 10 pages ({perPage[0]:0.000} → {perPage[^1]:0.000} ms)"));
}

Console.WriteLine("One paragraph with no break opportunity (a word of N letters), each size in a fresh process:");
foreach (var size in new[] { 160_000, 1_000_000, 5_000_000 })
    Console.Write("  " + Child("word", size.ToString(CultureInfo.InvariantCulture)));

var sixteen = Documents.Mixed(16, 0);
using (var stream = new MemoryStream())
{
    var laidOut = PdfRenderer.Render(sixteen, stream, metadata);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"16-page text-and-tables PDF: {laidOut.Pages.Count} pages, {stream.Length / 1024.0:0.0} KB"));
}

void Throughput(string name, Func<int, int, Document> build)
{
    const int pages = 200;
    Render(build(pages, -1), out _);
    var best = double.MaxValue;
    var count = 0;
    for (var run = 0; run < 5; run++)
    {
        var document = build(pages, run);
        var watch = Stopwatch.StartNew();
        count = Render(document, out _);
        best = Math.Min(best, watch.Elapsed.TotalSeconds);
    }
    var layoutOnly = double.MaxValue;
    for (var run = 0; run < 5; run++)
    {
        var document = build(pages, 5 + run);
        var watch = Stopwatch.StartNew();
        document.Layout();
        layoutOnly = Math.Min(layoutOnly, watch.Elapsed.TotalSeconds);
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {count / best,7:0} pages/s layout+PDF ({count} pages in {best * 1000:0} ms), {count / layoutOnly,7:0} pages/s layout only"));
}

// Warm means steady state: the measured runs execute no code the JIT has yet to compile (the line's "JIT while measuring"
// shows what still is). The JIT's tiers (call counting, then optimised code compiled on a background thread after a quiet
// 100 ms) and the font caches settle over a few small documents; then as many documents of the measured size run
// unmeasured, so code only a big document reaches, and code run once per document, is compiled before the timed pass.
// A method is promoted in steps (each after its calls are counted again), so they run again until a pass, and the pause
// after it, compile nothing (three passes at most); then the warm-up's garbage is collected. The measured runs have seeds
// 0 to runs - 1; every warm-up document has a seed of its own (negative, then past the measured ones), so the warm-up
// shapes none of the measured runs' figures: each measured run pays the shaping its next document would.
void Warm(Func<int, int, Document> build, int pages, int runs)
{
    for (var round = 0; round < 5; round++)
    {
        Render(build(60, -1 - round), out _);
        Thread.Sleep(250);
    }
    for (var pass = 0; pass < 3; pass++)
    {
        var before = JitInfo.GetCompiledMethodCount();
        Runs(build, pages, runs * (pass + 1), runs, []);
        var compiled = -1L;
        while (compiled != JitInfo.GetCompiledMethodCount())
        {
            compiled = JitInfo.GetCompiledMethodCount();
            Thread.Sleep(500);
        }
        if (compiled == before)
            break;
    }
    GC.Collect();
}

// Each run renders a fresh document (built outside the timing) with its own figures, seeds firstSeed, firstSeed + 1, …;
// returns the last run's pages and bytes, and the CPU time, GC pauses, allocation and collections of all runs' timed parts
// (the rendering's own: building the benchmark's document tree allocates ~80 KB a table page more, untimed).
// With a collection log, each timed part is one of its windows, and each document's building an untimed one.
(int Count, long Bytes, TimeSpan Cpu, TimeSpan Gc, long Allocated, Collections Collections) Runs(Func<int, int, Document> build, int pages, int firstSeed, int runs, List<double> times, CollectionLog? log = null)
{
    var (count, bytes, cpu, gc, allocated, collections) = (0, 0L, TimeSpan.Zero, TimeSpan.Zero, 0L, default(Collections));
    for (var run = 0; run < runs; run++)
    {
        log?.Open(timed: false);
        var document = build(pages, firstSeed + run);
        log?.Close();
        var (allocatedBefore, collectionsBefore) = (GC.GetTotalAllocatedBytes(true), Collections.Now());
        var (cpuBefore, pauseBefore) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalPauseDuration());
        log?.Open(timed: true);
        var watch = Stopwatch.StartNew();
        count = Render(document, out bytes);
        times.Add(watch.Elapsed.TotalSeconds);
        log?.Close();
        cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        gc += GC.GetTotalPauseDuration() - pauseBefore;
        allocated += GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        collections += Collections.Now() - collectionsBefore;
    }
    return (count, bytes, cpu, gc, allocated, collections);
}

// Linux keeps a process's peak resident set (VmHWM, what PeakWorkingSet64 reads) until "5" is written to clear_refs, which
// sets it to the current resident set: then the peak printed is the measured runs' own, from the warmed-up heap.
static bool ResetPeak()
{
    try
    {
        File.WriteAllText("/proc/self/clear_refs", "5");
        return true;
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
    {
        return false;
    }
}

static double PeakMegabytes()
{
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    return process.PeakWorkingSet64 / 1048576.0;
}

string Child(params string[] arguments)
{
    // Under `dotnet run` this process is the apphost, which takes no assembly argument (passing one made every child
    // miss "size" and start the whole benchmark again); under `dotnet <dll>` it is the shared host, which needs it.
    string[] host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? [typeof(Documents).Assembly.Location] : [];
    using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, [.. host, .. arguments])
    {
        RedirectStandardOutput = true,
    })!;
    var line = child.StandardOutput.ReadToEnd();
    child.WaitForExit();
    return line;
}

// Into what a build writes a PDF into (OutputBytes: blocks below the large-object size), not a MemoryStream: its doubling
// arrays are large objects, and spending the large-object budget makes the GC collect every generation, which a build no longer does.
int Render(Document document, out long bytes)
{
    using var output = new OutputBytes();
    var laidOut = PdfRenderer.Render(document, output, metadata);
    bytes = output.Length;
    return laidOut.Pages.Count;
}
