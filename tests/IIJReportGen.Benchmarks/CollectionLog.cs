using System.Diagnostics.Tracing;
using System.Globalization;

namespace IIJReportGen.Benchmarks;

/// <summary>
/// Every garbage collection of the process, from the runtime's GC events: generation, pause, bytes promoted out of each
/// generation, heap size after. `size … --collections` prints the ones that fell inside the timed runs, to say what a pause
/// copied, and those while the measured documents were built (untimed), where the same work may fall instead.
/// </summary>
/// <remarks>
/// The events reach the listener on another thread, up to a second late, so each collection keeps its start's timestamp and
/// the windows are compared at the end; a collection made after the last window marks the point up to which all have arrived.
/// The events' timestamps and the windows' (DateTime.UtcNow) are two clocks: a collection within a few milliseconds of a window's
/// edge may be put on the wrong side of it.
/// </remarks>
internal sealed class CollectionLog : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly List<Collection> _collections = [];
    private readonly List<(DateTime Start, DateTime End, bool Timed)> _windows = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private Collection? _current;

    /// <summary>One collection: its number, generation, when its suspension began, the pause, and the heap after it.</summary>
    private sealed class Collection
    {
        public DateTime Suspended;
        public long Number = -1;
        public int Generation;
        public double PauseMilliseconds;
        public ulong[] Promoted = [];
        public ulong HeapAfter;
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Informational, GcKeyword);
    }

    // The events of one collection arrive in the order the runtime wrote them: suspension, start, heap statistics, restart.
    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        switch (data.EventName)
        {
            case "GCSuspendEEBegin_V1":
                _current = new Collection { Suspended = data.TimeStamp.ToUniversalTime() };
                break;
            case "GCStart_V2" when _current is { } started:
                started.Number = Convert.ToInt64(Field(data, "Count"), CultureInfo.InvariantCulture);
                started.Generation = Convert.ToInt32(Field(data, "Depth"), CultureInfo.InvariantCulture);
                break;
            case "GCHeapStats_V2" when _current is { } collected:
                collected.Promoted = [Bytes(data, "TotalPromotedSize0"), Bytes(data, "TotalPromotedSize1"), Bytes(data, "TotalPromotedSize2")];
                collected.HeapAfter = Bytes(data, "GenerationSize0") + Bytes(data, "GenerationSize1") + Bytes(data, "GenerationSize2")
                    + Bytes(data, "GenerationSize3") + Bytes(data, "GenerationSize4");
                break;
            case "GCRestartEEEnd_V1" when _current is { Number: >= 0 } ended:
                ended.PauseMilliseconds = (data.TimeStamp.ToUniversalTime() - ended.Suspended).TotalMilliseconds;
                lock (_collections)
                    _collections.Add(ended);
                _current = null;
                _arrived.Release();
                break;
        }
    }

    private static object Field(EventWrittenEventArgs data, string name) => data.Payload![data.PayloadNames!.IndexOf(name)]!;

    private static ulong Bytes(EventWrittenEventArgs data, string name) => Convert.ToUInt64(Field(data, name), CultureInfo.InvariantCulture);

    /// <summary>Marks the start of a window, a timed run's or the untimed building of its document; <see cref="Close"/> ends it.</summary>
    public void Open(bool timed) => _windows.Add((DateTime.UtcNow, DateTime.MaxValue, timed));

    public void Close() => _windows[^1] = _windows[^1] with { End = DateTime.UtcNow };

    /// <summary>Prints one line per collection that began inside a window (the untimed ones marked), after making one
    /// collection (outside every window) and waiting for its events, so every earlier one has arrived.</summary>
    public void Report()
    {
        var marker = GC.CollectionCount(0);
        GC.Collect();
        while (!Arrived(marker) && _arrived.Wait(TimeSpan.FromSeconds(5)))
        {
        }
        var late = Arrived(marker) ? "" : " (the events of the last collections did not arrive: the list may be short)";
        List<(Collection Collection, bool Timed)> inWindows;
        lock (_collections)
            inWindows = [.. _collections.SelectMany(c => _windows.Where(w => c.Suspended >= w.Start && c.Suspended <= w.End).Take(1).Select(w => (c, w.Timed)))];
        Console.WriteLine(Sum("in the timed runs", [.. inWindows.Where(c => c.Timed).Select(c => c.Collection)]) + late);
        Console.WriteLine(Sum("while building their documents (untimed)", [.. inWindows.Where(c => !c.Timed).Select(c => c.Collection)]));
        foreach (var (c, timed) in inWindows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    #{c.Number,-4} gen{c.Generation}  pause {c.PauseMilliseconds,6:0.0} ms  promoted gen0 {c.Promoted[0] / 1048576.0,5:0.0} MB  gen1 {c.Promoted[1] / 1048576.0,5:0.0} MB  gen2 {c.Promoted[2] / 1048576.0,5:0.0} MB  heap after {c.HeapAfter / 1048576.0,6:0.0} MB{(timed ? "" : "  (building, untimed)")}"));
    }

    private static string Sum(string where, List<Collection> collections) => string.Create(CultureInfo.InvariantCulture,
        $"  {collections.Count} collections {where}, pauses {collections.Sum(c => c.PauseMilliseconds):0.0} ms, promoted out of gen0 and gen1 {collections.Sum(c => (double)(c.Promoted[0] + c.Promoted[1])) / 1048576.0:0.0} MB");

    // The collection made by Report is the runtime's marker-th (its count before it): its events are the last to wait for.
    private bool Arrived(int marker)
    {
        lock (_collections)
            return _collections.Any(c => c.Number > marker);
    }

    public override void Dispose()
    {
        _arrived.Dispose();
        base.Dispose();
    }
}
