using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Preview.Tests;

/// <summary>A scratch copy of what a preview reads: the bundled dataset, and the committed outputs as the published build.</summary>
public sealed class PreviewFolders : IDisposable
{
    /// <summary>A file beside the preview's folders that no request may reach.</summary>
    public const string Secret = "TOP-SECRET-not-for-the-browser";

    public PreviewFolders()
    {
        Root = Directory.CreateTempSubdirectory("iijreport-preview-test-").FullName;
        Dataset = Path.Combine(Root, "dataset.json");
        File.Copy(RepositoryPaths.BundledDataset, Dataset);
        Published = Path.Combine(Root, "published");
        var committed = Path.Combine(RepositoryPaths.Root, "output", "iij", "fy2013-1h");
        foreach (var file in Directory.GetFiles(committed, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(Published, Path.GetRelativePath(committed, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        PreviewDirectory = Path.Combine(Root, "preview");
        Directory.CreateDirectory(PreviewDirectory);
        foreach (var folder in new[] { Root, Published, PreviewDirectory })
            File.WriteAllText(Path.Combine(folder, "secret.txt"), Secret);
    }

    public string Root { get; }

    public string Dataset { get; }

    public string Published { get; }

    public string PreviewDirectory { get; }

    public PreviewRequest Request => new(Dataset, Path.Combine(RepositoryPaths.Root, "templates"), Published, PreviewDirectory);

    /// <summary>The page counts the published build's manifest records, by document.</summary>
    public int PublishedPages => System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Published, "manifest.json")))
        .RootElement.GetProperty("pages").EnumerateObject().Sum(p => p.Value.GetInt32());

    /// <summary>Every file of the published folder with its bytes, to prove the preview never writes there.</summary>
    public Dictionary<string, string> PublishedFiles() =>
        Directory.GetFiles(Published, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Published, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
