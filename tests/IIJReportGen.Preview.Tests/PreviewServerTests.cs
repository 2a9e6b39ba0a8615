using IIJReportGen.Pipeline;
using System.Net;
using System.Text.Json;

namespace IIJReportGen.Preview.Tests;

/// <summary>One preview build, served: its page, state, pages and redline, and nothing else.</summary>
public sealed class PreviewServerTests(PreviewServerTests.OneBuild preview) : IClassFixture<PreviewServerTests.OneBuild>
{
    /// <summary>A preview of the bundled dataset after its first build, with the published folder's files as they were before.</summary>
    public sealed class OneBuild : IAsyncLifetime
    {
        public PreviewFolders Folders { get; } = new();

        public Dictionary<string, string> PublishedBefore { get; private set; } = [];

        public PreviewServer Server { get; private set; } = null!;

        public HttpClient Http { get; } = new();

        public async Task InitializeAsync()
        {
            PublishedBefore = Folders.PublishedFiles();
            var session = new PreviewSession(Folders.Request);
            Server = await PreviewServer.StartAsync(session, 0, CancellationToken.None);
            Assert.True(await session.RunAsync(_ => { }, e => throw e, CancellationToken.None, maxBuilds: 1));
        }

        public async Task DisposeAsync()
        {
            Http.Dispose();
            await Server.DisposeAsync();
            Folders.Dispose();
        }
    }

    [Fact]
    public void It_listens_on_127_0_0_1_only()
    {
        Assert.Equal("http", preview.Server.Address.Scheme);
        Assert.Equal(IPAddress.Loopback, IPAddress.Parse(preview.Server.Address.Host));
        Assert.NotEqual(0, preview.Server.Address.Port);
    }

    [Fact]
    public async Task The_page_is_its_own_and_listens_for_builds()
    {
        var page = await preview.Http.GetStringAsync(preview.Server.Address);

        Assert.Contains("<title>iijreport preview</title>", page, StringComparison.Ordinal);
        Assert.Contains("new EventSource('/events')", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_state_lists_every_page_of_every_document_and_the_findings_with_their_locations()
    {
        using var state = JsonDocument.Parse(await preview.Http.GetStringAsync(new Uri(preview.Server.Address, "state")));
        var root = state.RootElement;

        Assert.Equal((1, true, 1), (root.GetProperty("build").GetInt32(), root.GetProperty("succeeded").GetBoolean(), root.GetProperty("pagesOfBuild").GetInt32()));
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(BuildRequest.Documents, documents.Select(d => d.GetProperty("name").GetString()));
        var pages = documents.SelectMany(d => d.GetProperty("pages").EnumerateArray().Select(p => p.GetString()!)).ToList();
        Assert.Equal(preview.Folders.PublishedPages, pages.Count);
        Assert.Equal("/pages/press-release-01.png?build=1", pages[0]);
        Assert.StartsWith($"Build 1 succeeded in ", root.GetProperty("status").GetString(), StringComparison.Ordinal);
        // The bundled dataset's known warnings (seed errata), each at its line in the dataset the preview reads.
        var warning = root.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("code").GetString() == "VAL003");
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Matches(@"^.*dataset\.json:\d+:\d+ \(\$\.asPublished\[\d+\]\)$", warning.GetProperty("location").GetString());
    }

    [Fact]
    public async Task Every_page_listed_is_served_as_a_png()
    {
        using var state = JsonDocument.Parse(await preview.Http.GetStringAsync(new Uri(preview.Server.Address, "state")));
        var pages = state.RootElement.GetProperty("documents").EnumerateArray().SelectMany(d => d.GetProperty("pages").EnumerateArray()).ToList();

        foreach (var page in pages)
        {
            using var response = await preview.Http.GetAsync(new Uri(preview.Server.Address, page.GetString()));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(("image/png", "\x89PNG"), (response.Content.Headers.ContentType?.MediaType, string.Concat(bytes.Take(4).Select(b => (char)b))));
        }
    }

    [Fact]
    public async Task The_redline_against_the_published_build_of_the_same_dataset_has_no_changes()
    {
        var redline = await preview.Http.GetStringAsync(new Uri(preview.Server.Address, "redline"));

        Assert.Contains("<p>No changes.</p>", redline, StringComparison.Ordinal);
        Assert.Contains("<code>" + WebUtility.HtmlEncode(preview.Folders.Published) + "</code>", redline, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_written_into_the_published_folder()
    {
        Assert.Equal(preview.PublishedBefore, preview.Folders.PublishedFiles());
        Assert.True(File.Exists(Path.Combine(preview.Folders.PreviewDirectory, "png", "press-release-01.png")));
    }

    [Theory]
    [InlineData("/secret.txt")]
    [InlineData("/pages/secret.txt")]
    [InlineData("/pages/../secret.txt")]
    [InlineData("/pages/../../secret.txt")]
    [InlineData("/pages/../../../../../../etc/passwd")]
    [InlineData("/pages/%2e%2e/secret.txt")]
    [InlineData("/pages/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/pages/%2E%2E%2Fsecret.txt")]
    [InlineData("/pages/..%2f..%2fsecret.txt")]
    [InlineData("/pages/..%5c..%5csecret.txt")]
    [InlineData("/pages/..\\..\\secret.txt")]
    [InlineData("/pages/%252e%252e/secret.txt")]
    [InlineData("/pages//etc/passwd")]
    [InlineData("/pages/%2fetc%2fpasswd")]
    [InlineData("//etc/passwd")]
    [InlineData("/pages/png/press-release-01.png")]
    [InlineData("/pages/press-release-01.png/../../secret.txt")]
    [InlineData("/pages/press-release.pdf")]
    [InlineData("/pages/manifest.json")]
    [InlineData("/manifest.json")]
    [InlineData("/redline/../secret.txt")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    public async Task No_path_reaches_a_file_outside_the_pages_shown(string target)
    {
        var (status, response) = await RawHttp.Send(preview.Server.Address, target);

        Assert.True(status is 400 or 404, $"{target}: {status}");
        Assert.DoesNotContain(PreviewFolders.Secret, response, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", response, StringComparison.Ordinal);
        Assert.DoesNotContain("\x89PNG", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_requested_the_same_raw_way_is_served()
    {
        var (status, response) = await RawHttp.Send(preview.Server.Address, "/pages/tse-summary-02.png?build=1");

        Assert.Equal(200, status);
        Assert.Contains("Content-Type: image/png", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_absolute_path_or_url_as_the_target_reaches_nothing()
    {
        foreach (var target in new[] { PathOf("secret.txt"), $"{preview.Server.Address}pages/../secret.txt", "file:///etc/passwd" })
        {
            var (status, response) = await RawHttp.Send(preview.Server.Address, target);
            Assert.True(status is 400 or 404, $"{target}: {status}");
            Assert.DoesNotContain(PreviewFolders.Secret, response, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_request_for_another_host_is_refused()
    {
        var (status, _) = await RawHttp.Send(preview.Server.Address, "/state", host: "attacker.example");

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task Only_get_is_answered()
    {
        var (status, _) = await RawHttp.Send(preview.Server.Address, "/state", method: "POST");

        Assert.Equal(405, status);
    }

    private string PathOf(string file) => Path.Combine(preview.Folders.PreviewDirectory, file);
}
