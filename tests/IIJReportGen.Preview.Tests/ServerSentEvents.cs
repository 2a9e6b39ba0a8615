using System.Text.Json;

namespace IIJReportGen.Preview.Tests;

/// <summary>Reads the preview's event stream as the page does: each "build" event's data is the state after a build.</summary>
internal sealed class ServerSentEvents(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream);

    /// <summary>The next state whose build number is at least <paramref name="build"/> (earlier ones are skipped).</summary>
    public async Task<JsonElement> Build(int build, CancellationToken cancellation)
    {
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancellation) ?? throw new EndOfStreamException("The event stream ended.");
            if (!line.StartsWith("data: ", StringComparison.Ordinal))
                continue;
            var state = JsonDocument.Parse(line["data: ".Length..]).RootElement;
            if (state.GetProperty("build").GetInt32() >= build)
                return state;
        }
    }

    public void Dispose() => _reader.Dispose();
}
