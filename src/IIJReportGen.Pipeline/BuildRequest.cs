namespace IIJReportGen.Pipeline;

/// <summary>What to build: the dataset, where the templates are, and where the outputs go.</summary>
/// <param name="Dataset">The dataset file.</param>
/// <param name="OutputDirectory">The folder the outputs are published to.</param>
/// <param name="TemplatesRoot">The templates folder (templates/&lt;document&gt;/&lt;document&gt;.sbnhtml).</param>
/// <param name="BaseDirectory">What the manifest's input paths are relative to (default: the current directory), so it names no machine's folders.</param>
/// <param name="PngDpi">When set, every page is also written as png/&lt;document&gt;-NN.png at this resolution.</param>
/// <param name="Draft">A draft (<see cref="DraftBuild"/>): built with whatever the dataset has, marked DRAFT, no XBRL.</param>
public sealed record BuildRequest(string Dataset, string OutputDirectory, string TemplatesRoot, string? BaseDirectory = null, float? PngDpi = null, bool Draft = false)
{
    /// <summary>How many documents are built at once (by default one a core); the outputs and findings are the same for any number.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>An input's path as the manifest records it: relative to the base directory, with forward slashes.</summary>
    public string ManifestPath(string path) =>
        Path.GetRelativePath(BaseDirectory ?? Environment.CurrentDirectory, Path.GetFullPath(path)).Replace('\\', '/');

    /// <summary>The documents every build produces, in order.</summary>
    public static readonly IReadOnlyList<string> Documents = ["press-release", "tse-summary", "tanshin"];
}
