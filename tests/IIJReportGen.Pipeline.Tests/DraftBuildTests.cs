using System.Security.Cryptography;
using System.Text.Json.Nodes;
using IIJReportGen.Dataset.Tests;
using IIJReportGen.Diagnostics;
using IIJReportGen.Tests.Shared;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Tokens;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>`build --draft`: a dataset still missing a figure builds, beside the final build and never over it, with a
/// placeholder for the figure, the DRAFT mark on every page as a watermark artifact (no text), "draft" in the manifest and
/// the PDFs' metadata, and no XBRL.</summary>
public sealed class DraftBuildTests : IClassFixture<DraftBuildTests.Draft>
{
    private readonly Draft _draft;

    public DraftBuildTests(Draft draft) => _draft = draft;

    /// <summary>A final build of the bundled dataset, then a draft of it with the half year's operating income not filled in yet.</summary>
    public sealed class Draft : IDisposable
    {
        public Draft()
        {
            var templates = Path.Combine(RepositoryPaths.Root, "templates");
            Assert.True(ReportBuild.Run(new BuildRequest(RepositoryPaths.BundledDataset, Final, templates, RepositoryPaths.Root)).Succeeded);
            FinalBefore = Snapshot(Final);
            var json = JsonNode.Parse(File.ReadAllText(RepositoryPaths.BundledDataset))!;
            json["concepts"]!["OperatingIncome"]!["values"]!.AsObject().Remove("1H13");
            var dataset = Path.Combine(Root, "unfilled.json");
            File.WriteAllText(dataset, json.ToJsonString());
            Result = ReportBuild.Run(new BuildRequest(dataset, Folder, templates, RepositoryPaths.Root, Draft: true));
        }

        public string Root { get; } = Directory.CreateTempSubdirectory("iijreport-draft-").FullName;

        public string Final => Path.Combine(Root, "out");

        public string Folder => DraftBuild.Folder(Final);

        public IReadOnlyDictionary<string, string> FinalBefore { get; }

        public BuildResult Result { get; }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }

    [Fact]
    public void TheDraftBuildsBesideTheFinalBuildWhichItLeavesUntouched()
    {
        Assert.True(_draft.Result.Succeeded, string.Join("\n", _draft.Result.Diagnostics));
        Assert.Equal(_draft.Final + "-draft", _draft.Folder);
        Assert.Equal(_draft.FinalBefore, Snapshot(_draft.Final));
        Assert.True(File.Exists(Path.Combine(_draft.Folder, "press-release.pdf")));
    }

    [Fact]
    public void AMissingFigureIsAWarningAndAPlaceholderInThePdfText()
    {
        Assert.Contains(_draft.Result.Diagnostics, d => d is { Code: PipelineCodes.DraftPlaceholder, Severity: Severity.Warning }
            && d.Message.Contains("'OperatingIncome' for 1H13", StringComparison.Ordinal));
        Assert.DoesNotContain(_draft.Result.Diagnostics, d => d.Severity == Severity.Error);
        using var pdf = PdfDocument.Open(Path.Combine(_draft.Folder, "press-release.pdf"));
        var text = string.Join('\n', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains("JPY[OperatingIncome 1H13] million", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPageHasTheDraftMarkAsAWatermarkArtifactAndNoDraftText()
    {
        foreach (var document in BuildRequest.Documents)
        {
            using var pdf = PdfDocument.Open(Path.Combine(_draft.Folder, document + ".pdf"));
            Assert.StartsWith("DRAFT", pdf.Information.Title, StringComparison.Ordinal);
            Assert.Contains("draft", pdf.Information.Keywords, StringComparison.Ordinal);
            foreach (var page in pdf.GetPages())
            {
                Assert.DoesNotContain("DRAFT", page.Text, StringComparison.OrdinalIgnoreCase);
                Assert.Contains(page.Operations.OfType<BeginMarkedContentWithProperties>(), mark => mark.Name.Data == "Artifact"
                    && mark.Properties?.Data.TryGetValue("Subtype", out var subtype) == true && subtype is NameToken { Data: "Watermark" });
            }
        }
    }

    [Fact]
    public void TheManifestSaysDraftAndNoXbrlIsWritten()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(_draft.Folder, "manifest.json")))!;
        Assert.True(manifest["draft"]!.GetValue<bool>());
        Assert.False(Directory.Exists(Path.Combine(_draft.Folder, "xbrl")));
        Assert.False(Directory.Exists(Path.Combine(_draft.Folder, "XBRLData")));
        Assert.Null(JsonNode.Parse(File.ReadAllText(Path.Combine(_draft.Final, "manifest.json")))!["draft"]);
    }

    [ExternalToolFact("qpdf, poppler-utils", "qpdf", "pdfinfo")]
    public void TheDraftPdfsStayCleanAndTagged()
    {
        foreach (var document in BuildRequest.Documents)
            ArchivalPdfTests.AssertCleanAndTagged(Path.Combine(_draft.Folder, document + ".pdf"));
    }

    private static IReadOnlyDictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
