using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Cli.Tests;

/// <summary>`iijreport diff OLD NEW` renders both datasets' documents itself, so the prose redline needs no build folders.</summary>
public sealed class DiffDocumentsTests : IDisposable
{
    private readonly string _changed = Path.Combine(Path.GetTempPath(), $"iijreport-diff-new-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_changed);

    [Fact]
    public void ChangedRevenueShowsInTheProseAndTheTables()
    {
        File.WriteAllText(_changed, File.ReadAllText(RepositoryPaths.BundledDataset).Replace("\"1H13\": 12618348", "\"1H13\": 13618348", StringComparison.Ordinal));
        var output = new StringWriter();
        var exit = CommandLineRunner.Run(CommandTree.Create(), ["diff", RepositoryPaths.BundledDataset, _changed, "--templates", Path.Combine(RepositoryPaths.Root, "templates")], output, new StringWriter());

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("Document press-release: prose", text);
        Assert.Contains("[-WAN services revenues were JPY12,618 million", text);
        Assert.Contains("{+WAN services revenues were JPY13,618 million", text);
        Assert.Contains("Network Services Revenues Breakdown | WAN Services | 1H13 / JPY millions: 12,618 -> 13,618", text);
    }
}
