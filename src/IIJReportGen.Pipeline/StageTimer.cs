using System.Diagnostics;

namespace IIJReportGen.Pipeline;

/// <summary>Measures how long each stage of a build takes, for --verbose (never written into outputs).</summary>
internal sealed class StageTimer
{
    private readonly List<(string Stage, TimeSpan Time)> _timings = [];

    public IReadOnlyList<(string Stage, TimeSpan Time)> Timings => _timings;

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            _timings.Add((stage, clock.Elapsed));
        }
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return 0;
    });
}
