using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Cli.Tests;

/// <summary>`iijreport build --draft`: the draft goes to &lt;out&gt;-draft, for one dataset and for each of several, and
/// nothing is written to the final build's folder (what a draft holds is tested in Pipeline.Tests' DraftBuildTests).</summary>
public sealed class DraftCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-draft-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Output) Build(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = CommandLineRunner.Run(CommandTree.Create(),
            ["build", .. args, "--draft", "--quiet", "--templates", Path.Combine(RepositoryPaths.Root, "templates")], output, error);
        return (exit, output + error.ToString());
    }

    [Fact]
    public void A_draft_of_one_dataset_goes_beside_its_out_folder()
    {
        var final = Path.Combine(_folder, "release");

        var (exit, output) = Build(RepositoryPaths.BundledDataset, "--out", final);

        Assert.True(exit == 0, output);
        Assert.Contains("\"draft\": true", File.ReadAllText(Path.Combine(final + "-draft", "manifest.json")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(final));
    }

    [Fact]
    public void Each_draft_of_several_datasets_goes_beside_its_own_folder()
    {
        var datasets = Path.Combine(_folder, "in", "iij");
        Directory.CreateDirectory(datasets);
        foreach (var name in new[] { "a.json", "b.json" })
            File.Copy(RepositoryPaths.BundledDataset, Path.Combine(datasets, name));
        var root = Path.Combine(_folder, "out");

        var (exit, output) = Build(datasets, "--out", root);

        Assert.True(exit == 0, output);
        Assert.Equal(["a-draft", "b-draft"], Directory.GetDirectories(Path.Combine(root, "iij")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
