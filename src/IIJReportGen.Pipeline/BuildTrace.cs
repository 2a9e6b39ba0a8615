using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace IIJReportGen.Pipeline;

/// <summary>A timeline of the build's stages for finding its critical path: with IIJREPORT_TRACE set, each stage's start and
/// end (milliseconds since the process started) and the thread it ran on are written to standard error when the process
/// exits. Off by default; it never touches an output.</summary>
/// <remarks>Wall time per stage is what --verbose already says; the timeline adds when each stage started and which ran
/// at once, so a stage that waits for another shows as a gap on its thread.</remarks>
public static class BuildTrace
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("IIJREPORT_TRACE") is { Length: > 0 };
    // A watch session traced for hours would otherwise keep every span: the newest are the ones asked about.
    private static readonly StageTimeline Spans = new(10_000);
    private static readonly DateTime Started = Enabled ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;

    static BuildTrace()
    {
        if (Enabled)
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Write(Console.Error);
    }

    /// <summary>Times a stage until the span is disposed; nothing when tracing is off.</summary>
    public static Span Stage(string stage) => Enabled ? new(stage, Now(), GC.GetAllocatedBytesForCurrentThread()) : default;

    /// <summary>Times <paramref name="work"/> as the stage.</summary>
    public static T Stage<T>(string stage, Func<T> work)
    {
        using var span = Stage(stage);
        return work();
    }

    private static double Now() => (DateTime.UtcNow - Started).TotalMilliseconds;

    private static void Write(TextWriter error)
    {
        Spans.Write(error);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trace exit at {Now():0.0} ms; allocated {GC.GetTotalAllocatedBytes() / 1e6:0.0} MB, "
            + $"collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:0.0} ms, "
            + $"gen0 budget at most {GcSetting("GCGen0MaxBudget") / 1e6:0.0} MB, regions of {GcSetting("GCRegionSize") / 1e6:0.0} MB (0: the GC's own); "
            + $"after the last collection the heap was {LastCollection.HeapSizeBytes / 1e6:0.0} MB in {LastCollection.TotalCommittedBytes / 1e6:0.0} MB committed"));
    }

    // The heap's committed memory stays resident, so its size at the last collection shows how far gen0 had grown by then.
    private static GCMemoryInfo LastCollection => GC.GetGCMemoryInfo(GCKind.Any);

    /// <summary>A size the GC works with, as it read it (DOTNET_GCGen0MaxBudget, DOTNET_GCRegionSize or the Cli project set them).</summary>
    private static long GcSetting(string name) =>
        GC.GetConfigurationVariables().TryGetValue(name, out var value) && value is long bytes ? bytes : 0;

    /// <summary>A stage being timed, with what its thread had allocated when it began (a stage's allocations are its thread's).</summary>
    public readonly struct Span(string? stage, double start, long allocated) : IDisposable
    {
        public void Dispose()
        {
            if (stage is not null)
                Spans.Add(new(stage, start, Now(), Environment.CurrentManagedThreadId, GC.GetAllocatedBytesForCurrentThread() - allocated, GC.CollectionCount(0)));
        }
    }
}

/// <summary>One timed stage: milliseconds since the process started, its thread, what the thread allocated meanwhile, and how
/// many collections the process had made when it ended (a stage whose count is higher than the one before it met a collection).</summary>
internal readonly record struct StageSpan(string Stage, double Start, double End, int Thread, long Allocated, int Collections);

/// <summary>The last <paramref name="kept"/> stages timed, from any thread, written in order of start.</summary>
internal sealed class StageTimeline(int kept)
{
    private readonly ConcurrentQueue<StageSpan> _spans = new();
    private long _dropped;

    public void Add(StageSpan span)
    {
        _spans.Enqueue(span);
        while (_spans.Count > kept && _spans.TryDequeue(out _))
            Interlocked.Increment(ref _dropped);
    }

    public void Write(TextWriter writer)
    {
        if (Interlocked.Read(ref _dropped) is > 0 and var dropped)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trace: the first {dropped} spans are not shown (the last {kept} are kept)"));
        foreach (var (stage, start, end, thread, allocated, collections) in _spans.OrderBy(s => s.Start))
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trace {start,7:0.0} {end,7:0.0} {end - start,6:0.0} ms {allocated / 1e6,6:0.0} MB  thread {thread,3}  gc {collections,3}  {stage}"));
    }
}
