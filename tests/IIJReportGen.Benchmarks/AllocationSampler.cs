using System.Diagnostics.Tracing;
using System.Globalization;

namespace IIJReportGen.Benchmarks;

/// <summary>Which types a stage allocates, from the runtime's allocation-tick events (one sample about every 100 KB allocated).</summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytes = [];
    private bool _recording;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (!_recording || !data.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal))
            return;
        var type = (string)data.Payload![data.PayloadNames!.IndexOf("TypeName")]!;
        var amount = Convert.ToInt64(data.Payload[data.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        lock (_bytes)
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }

    public void Start()
    {
        lock (_bytes)
            _bytes.Clear();
        _recording = true;
    }

    /// <summary>Stops recording and prints the types with the most sampled bytes.</summary>
    public void Report(int top)
    {
        _recording = false;
        lock (_bytes)
        {
            foreach (var (type, bytes) in _bytes.OrderByDescending(t => t.Value).Take(top))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      {bytes / 1048576.0,7:0.0} MB  {type}"));
        }
    }
}
