using IIJReportGen.Pipeline;

namespace IIJReportGen.Preview;

/// <summary>The preview's builds: the watch loop into the preview folder, and the snapshot of the latest build the server shows.</summary>
/// <exception cref="ArgumentException">The preview folder is the published folder or inside it (<see cref="PreviewRequest.Build"/>).</exception>
public sealed class PreviewSession(PreviewRequest request)
{
    private readonly BuildRequest _build = request.Build();
    private readonly Lock _gate = new();
    private PreviewSnapshot _current = PreviewSnapshot.Building;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PreviewRequest Request => request;

    /// <summary>What the page shows now.</summary>
    public PreviewState State => Current.Snapshot.State;

    /// <summary>The latest snapshot, and a task that completes when the next one replaces it.</summary>
    internal (PreviewSnapshot Snapshot, Task Changed) Current
    {
        get
        {
            lock (_gate)
                return (_current, _changed.Task);
        }
    }

    /// <summary>Builds, then rebuilds on every change to the dataset or templates (<see cref="BuildWatcher"/>), until cancelled.</summary>
    /// <param name="built">Called with each build's result, after the page has it.</param>
    /// <param name="crashed">Called when a build throws (a fault of the machine, or a bug in the tool); returns what to say about it, which the page shows.</param>
    /// <param name="cancellation">Stops the watch.</param>
    /// <param name="maxBuilds">Stops after this many builds (tests).</param>
    /// <returns>False when there is nothing to watch (the dataset or templates folder does not exist).</returns>
    public Task<bool> RunAsync(Action<BuildResult> built, Func<Exception, string> crashed, CancellationToken cancellation, int? maxBuilds = null) =>
        new BuildWatcher(_build).RunAsync(
            result =>
            {
                Show(Current.Snapshot.After(result, request));
                built(result);
            },
            bug => Show(Current.Snapshot.AfterCrash(crashed(bug))),
            cancellation, maxBuilds);

    private void Show(PreviewSnapshot next)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _current = next;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.SetResult();
    }
}
