using System.Diagnostics;

namespace IIJReportGen.Pipeline;

/// <summary>Measures how long each stage of a build takes, for --verbose (never written into outputs).</summary>
internal sealed class StageTimer
{
    private readonly List<(string Stage, TimeSpan Time)> _timings = [];
    private readonly Stopwatch _since = Stopwatch.StartNew();

    public IReadOnlyList<(string Stage, TimeSpan Time)> Timings => _timings;

    /// <summary>The time since the timer was made (stages timed on several threads overlap).</summary>
    public TimeSpan Elapsed => _since.Elapsed;

    /// <summary>Records a stage timed elsewhere (a document built on its own thread).</summary>
    public void Add(string stage, TimeSpan time) => _timings.Add((stage, time));

    public T Time<T>(string stage, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            Add(stage, clock.Elapsed);
        }
    }

    public void Time(string stage, Action work) => Time(stage, () =>
    {
        work();
        return 0;
    });
}
