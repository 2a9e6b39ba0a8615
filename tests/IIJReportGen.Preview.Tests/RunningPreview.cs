namespace IIJReportGen.Preview.Tests;

/// <summary>A preview of the bundled dataset's copy serving on a free port and rebuilding until disposed: what the live tests open.</summary>
internal sealed class RunningPreview : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task<bool> _watching;

    private RunningPreview(PreviewFolders folders, PreviewServer server, Task<bool> watching, CancellationTokenSource stop)
    {
        Folders = folders;
        Server = server;
        _watching = watching;
        _stop = stop;
    }

    public PreviewFolders Folders { get; }

    public PreviewServer Server { get; }

    /// <summary>Cancelled when the preview stops (or when the <c>stop</c> source given at start times out).</summary>
    public CancellationToken Stopping => _stop.Token;

    public static async Task<RunningPreview> StartAsync(CancellationTokenSource stop)
    {
        var folders = new PreviewFolders();
        var session = new PreviewSession(folders.Request);
        var server = await PreviewServer.StartAsync(session, 0, CancellationToken.None);
        return new RunningPreview(folders, server, session.RunAsync(_ => { }, e => throw e, stop.Token), stop);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        await Server.DisposeAsync();
        _stop.Dispose();
        Folders.Dispose();
    }
}
