using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Xbrl.Tests;

/// <summary>The datasets every test runs on: the mini sample, and the bundled IIJ dataset once it exists.</summary>
public static class Datasets
{
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string> { "mini" };
        if (File.Exists(RepositoryPaths.BundledDataset))
            data.Add("bundled");
        return data;
    }

    public static ReportDataset Load(string name)
    {
        var path = name == "mini" ? RepositoryPaths.MiniDataset : RepositoryPaths.BundledDataset;
        var result = DatasetLoader.Load(path);
        Assert.True(result.Dataset is not null, $"{path} does not load: " + string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        return result.Dataset!;
    }
}
