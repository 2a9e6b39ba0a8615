using System.Security.Cryptography;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Dataset.Tests;
using UglyToad.PdfPig;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>`build` end to end: what the PDFs say, byte-identical rebuilds, and a failed build that leaves the previous outputs alone.</summary>
public sealed class BuildTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("iijreport-build-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private static BuildRequest Request(string output, string? dataset = null) =>
        new(dataset ?? RepositoryPaths.BundledDataset, output, Path.Combine(RepositoryPaths.Root, "templates"), RepositoryPaths.Root);

    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public void BuildWritesEveryOutputAndTheManifest()
    {
        var result = ReportBuild.Run(Request(_output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error)));
        foreach (var document in BuildRequest.Documents)
            foreach (var extension in new[] { ".pdf", ".xhtml", ".txt" })
                Assert.Contains(document + extension, result.Outputs);
        Assert.Contains("manifest.json", result.Outputs);
        Assert.Contains(result.Outputs, o => o.StartsWith("xbrl/", StringComparison.Ordinal) && o.EndsWith(".xbrl", StringComparison.Ordinal));
        Assert.Empty(Directory.GetDirectories(_output, ".staging-*"));
        var manifest = File.ReadAllText(Path.Combine(_output, "manifest.json"));
        Assert.Contains("\"path\": \"templates/tse-summary/tse-summary.sbnhtml\"", manifest);
        Assert.Contains($"\"press-release.pdf\": {result.Pages["press-release.pdf"]}", manifest);
        var serif = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "fonts", "LiberationSerif-Regular.ttf"));
        Assert.Contains($"\"path\": \"fonts/LiberationSerif-Regular.ttf\",\n      \"sha256\": \"{Convert.ToHexStringLower(SHA256.HashData(serif))}\",\n      \"bytes\": {serif.Length}", manifest);
        Assert.Contains("\"path\": \"fonts/ipaexm.ttf\"", manifest); // the Japanese Tanshin's text face, bundled
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCatalogue.SeverityOf(d.Code), d.Severity));
    }

    [Fact]
    public void PdfsShowTheDatasetsFigures()
    {
        Assert.True(ReportBuild.Run(Request(_output)).Succeeded);
        var dataset = DatasetLoader.Load(RepositoryPaths.BundledDataset).Dataset!;
        var shown = Presentation.For(new ReportModel(dataset), "press-release");
        string Millions(string id, string period) => shown.Show(id, period, FigureForm.Millions)!.Text;
        var release = PdfText(Path.Combine(_output, "press-release.pdf"));
        Assert.Contains($"JPY{Millions("TotalRevenues", "1H13")} million", release);
        Assert.Contains($"JPY{Millions("OperatingIncome", "1H13")} million", release);
        var summary = PdfText(Path.Combine(_output, "tse-summary.pdf"));
        Assert.Contains(Millions("TotalAssets", "1H13-end"), summary);
        Assert.Contains("Consolidated Financial Results for the First Six Months Ended September 30, 2013", summary);
    }

    [Fact]
    public void RebuildingGivesIdenticalBytes()
    {
        var second = Directory.CreateTempSubdirectory("iijreport-build-").FullName;
        try
        {
            Assert.True(ReportBuild.Run(Request(_output)).Succeeded);
            Assert.True(ReportBuild.Run(Request(second)).Succeeded);
            AssertSameFiles(_output, second);
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }

    /// <summary>The documents built one after another or all at once: the same files, staged in the same order, and the same
    /// findings in the same order (each document's stylesheet here has a warning of its own, CSS003, found as it is built).</summary>
    [Fact]
    public void BuildingTheDocumentsAtOnceGivesTheSameBytesAndFindingsInTheSameOrder()
    {
        var templates = TemplatesCopy.To(Path.Combine(_output, "templates"));
        foreach (var document in BuildRequest.Documents)
            File.AppendAllText(Path.Combine(templates, document, "style.css"), "\nbody { -webkit-font-smoothing: antialiased; }\n");
        var request = Request(Path.Combine(_output, "one")) with { TemplatesRoot = templates };
        var serial = ReportBuild.Run(request with { Threads = 1 });
        var parallel = ReportBuild.Run(request with { OutputDirectory = Path.Combine(_output, "all"), Threads = BuildRequest.Documents.Count });
        Assert.True(serial.Succeeded);
        Assert.Equal(BuildRequest.Documents, serial.Diagnostics.Where(d => d.Code == "CSS003").Select(d => d.Location!.File.Split('/')[^2]));
        Assert.Equal(serial.Diagnostics.Select(d => d.ToString()), parallel.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(serial.Outputs, parallel.Outputs);
        Assert.Equal(serial.Documents.Select(d => d.Name), parallel.Documents.Select(d => d.Name));
        AssertSameFiles(Path.Combine(_output, "one"), Path.Combine(_output, "all"));
    }

    /// <summary>A build stopped by its checks (a total that does not foot) or by the lead document's error (an undefined name in
    /// the press release) says the same findings, in the same order, on one thread as on several — where the other core ran the
    /// checks, the other documents and the TDnet package beside the press release — and publishes nothing.</summary>
    [Theory]
    [InlineData("checks")]
    [InlineData("lead document")]
    public void AStoppedBuildSaysTheSameFindingsOnOneThreadAsOnSeveral(string stoppedBy)
    {
        var templates = TemplatesCopy.To(Path.Combine(_output, "templates"));
        File.AppendAllText(Path.Combine(templates, "tse-summary", "style.css"), "\nbody { -webkit-font-smoothing: antialiased; }\n");
        var dataset = RepositoryPaths.BundledDataset;
        if (stoppedBy == "checks")
        {
            dataset = Path.Combine(_output, "bad.json");
            File.WriteAllText(dataset, File.ReadAllText(RepositoryPaths.BundledDataset).Replace("\"1H13\": 54396959", "\"1H13\": 54396960", StringComparison.Ordinal));
        }
        else
            File.AppendAllText(Path.Combine(templates, "press-release", "press-release.sbnhtml"), "{{ no_such_name }}");
        var request = Request(Path.Combine(_output, "one"), dataset) with { TemplatesRoot = templates };
        var serial = ReportBuild.Run(request with { Threads = 1 });
        var parallel = ReportBuild.Run(request with { OutputDirectory = Path.Combine(_output, "all"), Threads = BuildRequest.Documents.Count });
        Assert.Contains(serial.Diagnostics, d => d.Code == (stoppedBy == "checks" ? "VAL001" : "TP003"));
        Assert.Equal(stoppedBy == "checks" ? 0 : 1, serial.Diagnostics.Count(d => d.Code == "CSS003"));
        Assert.Equal(serial.Diagnostics.Select(d => d.ToString()), parallel.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(parallel.Outputs);
        Assert.False(File.Exists(Path.Combine(_output, "all", "manifest.json")));
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        var files = Directory.GetFiles(expected, "*", SearchOption.AllDirectories);
        Assert.Equal(files.Length, Directory.GetFiles(actual, "*", SearchOption.AllDirectories).Length);
        foreach (var file in files)
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(actual, Path.GetRelativePath(expected, file))));
    }

    [Fact]
    public void FailedBuildLeavesPreviousOutputsUntouched()
    {
        Assert.True(ReportBuild.Run(Request(_output)).Succeeded);
        var before = Directory.GetFiles(_output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        var bad = Path.Combine(_output, "..", Path.GetFileName(_output) + "-bad.json");
        File.WriteAllText(bad, File.ReadAllText(RepositoryPaths.BundledDataset).Replace("\"1H13\": 54396959", "\"1H13\": 54396960", StringComparison.Ordinal));
        try
        {
            var result = ReportBuild.Run(Request(_output, bad));
            Assert.False(result.Succeeded);
            Assert.Contains(result.Diagnostics, d => d.Code == "VAL001");
            var after = Directory.GetFiles(_output, "*", SearchOption.AllDirectories);
            Assert.Equal(before.Keys.Order(), after.Order());
            Assert.All(after, f => Assert.Equal(before[f], File.ReadAllBytes(f)));
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public void PngPreviewsHaveOnePicturePerPage()
    {
        var result = ReportBuild.Run(Request(_output) with { PngDpi = 36 });
        Assert.True(result.Succeeded);
        foreach (var document in BuildRequest.Documents)
        {
            var pngs = result.Outputs.Where(o => o.StartsWith($"png/{document}-", StringComparison.Ordinal)).ToList();
            Assert.Equal(result.Pages[document + ".pdf"], pngs.Count);
            using var bitmap = SkiaSharp.SKBitmap.Decode(Path.Combine(_output, pngs[0]));
            Assert.Equal(298, bitmap.Width); // A4 is 595.3 pt wide: 36 dpi gives ceil(595.3 / 2) pixels
        }
    }

    [Fact]
    public void PngPagesOfAnEarlierBuildAreRemovedWhenNotBuiltAgain()
    {
        Assert.True(ReportBuild.Run(Request(_output) with { PngDpi = 24 }).Succeeded);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_output, "png")));
        File.WriteAllText(Path.Combine(_output, "notes.txt"), "mine");
        Assert.True(ReportBuild.Run(Request(_output)).Succeeded);
        Assert.False(Directory.Exists(Path.Combine(_output, "png")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_output, "notes.txt")));
    }

    [Fact]
    public void MissingStylesheetIsAClearError()
    {
        var templates = TemplatesCopy.To(Path.Combine(_output, "templates"));
        File.Delete(Path.Combine(templates, "tse-summary", "style.css"));
        var result = ReportBuild.Run(Request(Path.Combine(_output, "out")) with { TemplatesRoot = templates });
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal($"Template file '{Path.Combine(templates, "tse-summary", "style.css")}' does not exist.", error.Message);
    }

    [Fact]
    public void AnOutputFolderUnderAFileIsAFaultOfTheMachine()
    {
        var file = Path.Combine(_output, "not-a-folder");
        File.WriteAllText(file, "");
        var result = ReportBuild.Run(Request(Path.Combine(file, "out")));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.True(MachineFault.Is(error));
        Assert.StartsWith($"Preparing the output folder '{Path.Combine(file, "out")}' failed: a file is in the way of a folder", error.Message);
        Assert.Equal(ExitCode.MachineFault, ExitCode.Of(result.Diagnostics));
    }
}
