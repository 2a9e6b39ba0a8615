using System.Text.Json.Nodes;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>A second build to publish over the first: the bundled dataset with another "About" text.</summary>
internal static class ChangedDataset
{
    /// <summary>Writes it into <paramref name="folder"/>: a valid dataset whose build differs from the bundled one's; its path.</summary>
    public static string Write(string folder)
    {
        var json = JsonNode.Parse(File.ReadAllText(RepositoryPaths.BundledDataset))!;
        json["texts"]!["about"] = "A changed paragraph about the company.";
        var path = Path.Combine(folder, "changed.json");
        File.WriteAllText(path, ReviewedTexts.MarkAll(json.ToJsonString()));
        return path;
    }
}
