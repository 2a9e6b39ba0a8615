using IIJReportGen.Tests.Shared;
using PuppeteerSharp;
using Xunit.Abstractions;

namespace IIJReportGen.Preview.Tests;

/// <summary>The preview in a real browser (Debian's chromium driven by PuppeteerSharp): pages shown, an edit appears, a break shows its finding.</summary>
public sealed class BrowserTests(ITestOutputHelper log) : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private const int Wait = 180_000;

    private RunningPreview _preview = null!;

    public async Task InitializeAsync() => _preview = await RunningPreview.StartAsync(new CancellationTokenSource());

    public async Task DisposeAsync() => await _preview.DisposeAsync();

    [ExternalToolFact("chromium", Chromium)]
    public async Task The_open_page_shows_every_page_then_an_edit_then_the_finding_of_a_break_without_reloading()
    {
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Timeout = Wait,
            // Root in CI has no user namespace sandbox; the page is our own, on 127.0.0.1.
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        });
        await using var page = await browser.NewPageAsync();
        page.DefaultTimeout = Wait;
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 1000 });
        await page.GoToAsync(_preview.Server.Address.ToString());

        await Until(page, "document.body.dataset.build === '1'");
        await Until(page, "[...document.querySelectorAll('img.page')].every(i => i.complete && i.naturalWidth > 0)");
        Assert.Equal(_preview.Folders.PublishedPages, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('img.page').length"));
        Assert.StartsWith("Build 1 succeeded", await Text(page, "#status"), StringComparison.Ordinal);
        await Until(page, "document.getElementById('redline').contentDocument?.body?.textContent.includes('No changes.')");
        await page.EvaluateExpressionAsync("window.notReloaded = true");

        var original = File.ReadAllText(_preview.Folders.Dataset);
        // The reworded text is read and marked reviewed, as its author would (else VAL012 stops the build).
        File.WriteAllText(_preview.Folders.Dataset, Dataset.Tests.ReviewedTexts.MarkAll(original.Replace("along with business expansion.\"", "along with business expansion in Kyushu.\"", StringComparison.Ordinal)));
        await Until(page, "document.body.dataset.build === '2'");
        await Until(page, "document.getElementById('redline').contentDocument?.body?.innerHTML.includes('<ins>expansion in Kyushu.</ins>')");
        Assert.Equal("/pages/press-release-01.png?build=2", await page.EvaluateExpressionAsync<string>("new URL(document.querySelector('img.page').src).pathname + new URL(document.querySelector('img.page').src).search"));

        var broken = original.Insert(original.IndexOf("\"company\"", StringComparison.Ordinal), ",");
        File.WriteAllText(_preview.Folders.Dataset, broken);
        await Until(page, "document.body.dataset.build === '3'");
        var finding = await Text(page, "#findings li.error");
        Assert.Contains($"{_preview.Folders.Dataset}:{broken[..broken.IndexOf(",\"company\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1}:", finding, StringComparison.Ordinal);
        Assert.Contains("error DS002: ", finding, StringComparison.Ordinal);
        Assert.StartsWith("Build 3 failed: 1 error(s). Showing the pages of build 2.", await Text(page, "#status"), StringComparison.Ordinal);
        Assert.Equal(_preview.Folders.PublishedPages, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('img.page').length"));
        Assert.True(await page.EvaluateExpressionAsync<bool>("window.notReloaded === true"));

        var screenshot = Path.Combine(Path.GetTempPath(), "iijreport-preview-screenshot.png");
        await page.ScreenshotAsync(screenshot);
        Assert.Equal("\x89PNG", string.Concat(File.ReadAllBytes(screenshot).Take(4).Select(b => (char)b)));
        log.WriteLine("screenshot of the page after the break: " + screenshot);
    }

    private static Task Until(IPage page, string condition) => page.WaitForFunctionAsync($"() => {condition}", new WaitForFunctionOptions { Timeout = Wait });

    private static Task<string> Text(IPage page, string selector) => page.EvaluateExpressionAsync<string>($"document.querySelector('{selector}').textContent");
}
