using System.Text;
using System.Text.Json.Nodes;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;

namespace IIJReportGen.Templating.Tests;

/// <summary>Loads the datasets the tests render: the bundled IIJ dataset, the mini sample, or a variant of one.</summary>
internal static class Datasets
{
    private static readonly Lazy<ReportModel> BundledModel = new(() => Load(RepositoryPaths.BundledDataset));

    public static ReportModel Bundled => BundledModel.Value;

    public static ReportModel Mini => Load(RepositoryPaths.MiniDataset);

    /// <summary>The mini dataset changed by <paramref name="edit"/> (e.g. a text with markup in it).</summary>
    public static ReportModel MiniWith(Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(File.ReadAllText(RepositoryPaths.MiniDataset))!.AsObject();
        edit(json);
        var result = DatasetLoader.Parse(Encoding.UTF8.GetBytes(json.ToJsonString()), RepositoryPaths.MiniDataset);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics));
        return new ReportModel(result.Dataset!);
    }

    private static ReportModel Load(string path)
    {
        var result = DatasetLoader.Load(path);
        Assert.False(result.Diagnostics.HasErrors, string.Join("\n", result.Diagnostics));
        return new ReportModel(result.Dataset!);
    }
}
