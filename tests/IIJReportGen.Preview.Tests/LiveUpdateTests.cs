using System.Text.Json;

namespace IIJReportGen.Preview.Tests;

/// <summary>The preview rebuilds on every change and tells the open page through server-sent events; a failed build keeps the last good pages.</summary>
public sealed class LiveUpdateTests : IAsyncLifetime
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private RunningPreview _preview = null!;

    public async Task InitializeAsync() => _preview = await RunningPreview.StartAsync(new CancellationTokenSource(TimeSpan.FromMinutes(5)));

    public async Task DisposeAsync()
    {
        await _preview.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task An_edit_is_sent_to_the_open_page_and_a_break_shows_its_finding_over_the_last_good_pages()
    {
        using var events = new ServerSentEvents(await _http.GetStreamAsync(new Uri(_preview.Server.Address, "events"), _preview.Stopping));
        var first = await events.Build(1, _preview.Stopping);
        Assert.True(first.GetProperty("succeeded").GetBoolean());
        var original = File.ReadAllText(_preview.Folders.Dataset);

        // The reworded text is read and marked reviewed, as its author would (else VAL012 stops the build).
        File.WriteAllText(_preview.Folders.Dataset, Dataset.Tests.ReviewedTexts.MarkAll(original.Replace("along with business expansion.\"", "along with business expansion in Kyushu.\"", StringComparison.Ordinal)));
        var edited = await events.Build(2, _preview.Stopping);

        Assert.Equal((true, 2), (edited.GetProperty("succeeded").GetBoolean(), edited.GetProperty("pagesOfBuild").GetInt32()));
        Assert.Equal("/pages/press-release-01.png?build=2", Pages(edited)[0]);
        var redline = await _http.GetStringAsync(new Uri(_preview.Server.Address, "redline"), _preview.Stopping);
        Assert.Contains("<del>expansion.</del> <ins>expansion in Kyushu.</ins>", redline, StringComparison.Ordinal);

        var broken = original.Insert(original.IndexOf("\"company\"", StringComparison.Ordinal), ",");
        File.WriteAllText(_preview.Folders.Dataset, broken);
        var failed = await events.Build(3, _preview.Stopping);

        Assert.Equal((false, 2), (failed.GetProperty("succeeded").GetBoolean(), failed.GetProperty("pagesOfBuild").GetInt32()));
        var finding = failed.GetProperty("findings")[0];
        Assert.Equal(("error", "DS002"), (finding.GetProperty("severity").GetString(), finding.GetProperty("code").GetString()));
        Assert.StartsWith($"{_preview.Folders.Dataset}:{Line(broken, ",\"company\"")}:", finding.GetProperty("location").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Build 3 failed: 1 error(s). Showing the pages of build 2.", failed.GetProperty("status").GetString(), StringComparison.Ordinal);
        Assert.Equal(Pages(edited), Pages(failed));
        using var page = await _http.GetAsync(new Uri(_preview.Server.Address, Pages(failed)[0]), _preview.Stopping);
        Assert.Equal("image/png", page.Content.Headers.ContentType?.MediaType);
    }

    private static List<string> Pages(JsonElement state) =>
        state.GetProperty("documents").EnumerateArray().SelectMany(d => d.GetProperty("pages").EnumerateArray().Select(p => p.GetString()!)).ToList();

    private static int Line(string text, string marker) => text[..text.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
