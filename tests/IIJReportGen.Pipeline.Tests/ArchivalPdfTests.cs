using IIJReportGen.Dataset.Tests;
using IIJReportGen.Tests.Shared;
using UglyToad.PdfPig;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>The bundled build once, shared by the tests that read its PDFs.</summary>
public sealed class BundledBuild : IDisposable
{
    public BundledBuild()
    {
        Result = ReportBuild.Run(new BuildRequest(RepositoryPaths.BundledDataset, Folder, Path.Combine(RepositoryPaths.Root, "templates"), RepositoryPaths.Root));
        Assert.True(Result.Succeeded, string.Join("\n", Result.Diagnostics));
    }

    /// <summary>What the build made: its documents with the figures each shows.</summary>
    public BuildResult Result { get; }

    public string Folder { get; } = Directory.CreateTempSubdirectory("iijreport-archival-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>The documents as filed: tagged, checked by qpdf and poppler, carrying the XBRL instance and the dataset inside.</summary>
public sealed class ArchivalPdfTests(BundledBuild build) : IClassFixture<BundledBuild>
{
    public static TheoryData<string> Documents => [.. BuildRequest.Documents];

    [Theory]
    [MemberData(nameof(Documents))]
    public void PdfCarriesTheXbrlInstanceAndTheDatasetAsPublished(string document)
    {
        using var pdf = PdfDocument.Open(Path.Combine(build.Folder, document + ".pdf"));

        Assert.True(pdf.Advanced.TryGetEmbeddedFiles(out var files));
        var instance = Directory.GetFiles(Path.Combine(build.Folder, "xbrl"), "*.xbrl").Single();
        Assert.Equal(File.ReadAllBytes(instance), files.Single(f => f.Name == Path.GetFileName(instance)).Bytes);
        Assert.Equal(File.ReadAllBytes(RepositoryPaths.BundledDataset), files.Single(f => f.Name == Path.GetFileName(RepositoryPaths.BundledDataset)).Bytes);
    }

    [ExternalToolFact("qpdf, poppler-utils", "qpdf", "pdfinfo", "pdffonts")]
    public void QpdfIsCleanPdfinfoSaysTaggedAndEveryFontIsAnEmbeddedSubsetWithToUnicode()
    {
        foreach (var document in BuildRequest.Documents)
        {
            var path = Path.Combine(build.Folder, document + ".pdf");
            AssertCleanAndTagged(path);
            var fonts = ExternalTool.Run("pdffonts", path).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(fonts);
            Assert.All(fonts, font => Assert.Matches(@"^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s", font));
        }
    }

    /// <summary>qpdf finds nothing wrong with the file and pdfinfo says it is tagged (needs qpdf and poppler-utils).</summary>
    internal static void AssertCleanAndTagged(string path)
    {
        var (qpdf, checkOutput) = ExternalTool.Run("qpdf", "--check", path);
        Assert.True(qpdf == 0, checkOutput);
        Assert.Matches(@"(?m)^Tagged:\s+yes$", ExternalTool.Run("pdfinfo", path).Output);
    }
}
