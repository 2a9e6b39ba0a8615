using IIJReportGen.Pipeline;

namespace IIJReportGen.Preview;

/// <summary>What to preview: the build's inputs, the published build the redline compares with, and the preview's own folder.</summary>
/// <param name="Dataset">The dataset file.</param>
/// <param name="TemplatesRoot">The templates folder.</param>
/// <param name="PublishedDirectory">The last published build (`iijreport build --out`); only read, never written.</param>
/// <param name="PreviewDirectory">Where the preview builds go (PDF, XHTML and PNG pages): never the published folder.</param>
public sealed record PreviewRequest(string Dataset, string TemplatesRoot, string PublishedDirectory, string PreviewDirectory)
{
    /// <summary>The resolution of the pages shown: a page at 100% is an A4 sheet on a screen.</summary>
    public const float PageDpi = 96;

    /// <summary>Each preview build: into the preview folder, with PNG pages.</summary>
    /// <exception cref="ArgumentException">The preview folder is the published folder, or inside it.</exception>
    public BuildRequest Build()
    {
        var published = Path.TrimEndingDirectorySeparator(Path.GetFullPath(PublishedDirectory)) + Path.DirectorySeparatorChar;
        if ((Path.TrimEndingDirectorySeparator(Path.GetFullPath(PreviewDirectory)) + Path.DirectorySeparatorChar).StartsWith(published, StringComparison.Ordinal))
            throw new ArgumentException($"The preview folder '{PreviewDirectory}' is inside the published folder '{PublishedDirectory}'; a preview never writes there.");
        return new BuildRequest(Dataset, PreviewDirectory, TemplatesRoot, PngDpi: PageDpi);
    }
}
