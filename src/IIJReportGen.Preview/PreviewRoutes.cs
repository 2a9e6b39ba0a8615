using System.Text;
using Microsoft.AspNetCore.Http;

namespace IIJReportGen.Preview;

/// <summary>Everything the server answers: its own page, the state, the build events, the redline and the pages of the shown build.</summary>
/// <remarks>A page is looked up by its exact file name among the shown build's pages (held in memory), never by a path on disk,
/// so no request can reach a file outside them (../, encoded dots or slashes, absolute paths all end in 404).
/// Only a Host of 127.0.0.1 or localhost is answered, so a web page elsewhere cannot read the preview through DNS rebinding.</remarks>
internal sealed class PreviewRoutes(PreviewSession session, CancellationToken stopping)
{
    /// <summary>How often an idle event stream sends a comment, so a closed tab is noticed.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private static readonly string Page = ReadPage();

    public Task Serve(HttpContext context)
    {
        var request = context.Request;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (request.Host.Host is not ("127.0.0.1" or "localhost"))
            return Text(context, StatusCodes.Status400BadRequest, "This preview answers only on 127.0.0.1.");
        if (!HttpMethods.IsGet(request.Method))
            return Text(context, StatusCodes.Status405MethodNotAllowed, "Only GET.");
        var snapshot = session.Current.Snapshot;
        var path = request.Path.Value ?? "";
        return path switch
        {
            "/" => Send(context, "text/html; charset=utf-8", Page),
            "/state" => Send(context, "application/json; charset=utf-8", snapshot.Json),
            "/events" => Events(context),
            "/redline" => Send(context, "text/html; charset=utf-8", snapshot.Redline),
            _ when path.StartsWith("/pages/", StringComparison.Ordinal) && snapshot.Pages.TryGetValue(path["/pages/".Length..], out var png)
                => Send(context, "image/png", png),
            _ => Text(context, StatusCodes.Status404NotFound, "Not found."),
        };
    }

    /// <summary>Server-sent events: the state now, then after every build, until the tab closes or the server stops.</summary>
    private async Task Events(HttpContext context)
    {
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        var sent = -1;
        try
        {
            while (!ending.IsCancellationRequested)
            {
                var (snapshot, changed) = session.Current;
                await response.WriteAsync(snapshot.State.Build == sent ? ": waiting for a change\n\n" : $"event: build\ndata: {snapshot.Json}\n\n", ending.Token);
                await response.Body.FlushAsync(ending.Token);
                sent = snapshot.State.Build;
                // The next build, a keep-alive comment's turn, or the end (a cancelled delay ends the wait without throwing).
                await Task.WhenAny(changed, Task.Delay(KeepAlive, ending.Token));
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server stops: the stream simply ends.
        }
    }

    private static Task Send(HttpContext context, string type, string text) => Send(context, type, Encoding.UTF8.GetBytes(text));

    private static Task Send(HttpContext context, string type, byte[] body)
    {
        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    private static Task Text(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return Send(context, "text/plain; charset=utf-8", message + "\n");
    }

    private static string ReadPage()
    {
        using var stream = typeof(PreviewRoutes).Assembly.GetManifestResourceStream("preview.html")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
