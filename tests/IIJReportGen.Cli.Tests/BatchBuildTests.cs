using IIJReportGen.Dataset.Tests;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Cli.Tests;

/// <summary>`iijreport build A B FOLDER`: several datasets in one run, each into its own folder under --out, one failing
/// stopping no other (each build itself is tested in Pipeline.Tests). The datasets are copies of the bundled one the tests make.</summary>
public sealed class BatchBuildTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-batch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Root => Path.Combine(_folder, "out");

    private string Dataset(string relative, string? text = null)
    {
        var path = Path.Combine(_folder, "in", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text ?? File.ReadAllText(RepositoryPaths.BundledDataset));
        return path;
    }

    private static (int Exit, string Output, string Error) Build(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = CommandLineRunner.Run(CommandTree.Create(),
            ["build", .. args, "--templates", Path.Combine(RepositoryPaths.Root, "templates")], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_machine_fault_is_exit_3_over_a_broken_dataset_and_the_other_datasets_are_built()
    {
        var good = Dataset("alpha/one.json");
        var broken = Dataset("beta/broken.json", "{ \"company\": ");
        var blocked = Dataset("gamma/three.json");
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "gamma"), "a file where the dataset's folder would go");

        var (exit, output, _) = Build(good, Path.GetDirectoryName(broken)!, blocked, "--out", Root, "--format", "json");

        Assert.Equal(3, exit);
        var json = JObject.Parse(output);
        Assert.Equal(
            [(good, Path.Combine(Root, "alpha", "one"), 0), (broken, Path.Combine(Root, "beta", "broken"), 1), (blocked, Path.Combine(Root, "gamma", "three"), 3)],
            json["datasets"]!.Select(d => ((string)d["dataset"]!, (string)d["out"]!, (int)d["exitCode"]!)));
        Assert.True(File.Exists(Path.Combine(Root, "alpha", "one", "manifest.json")));
        Assert.False(Directory.Exists(Path.Combine(Root, "beta", "broken")));
        Assert.Equal("DS002", (string?)Assert.Single(json["findings"]!, f => (string?)f["dataset"] == broken)["code"]);
        Assert.Equal("SYS001", (string?)Assert.Single(json["findings"]!, f => (string?)f["dataset"] == blocked && (string?)f["severity"] == "error")["code"]);
        Assert.All(json["findings"]!, f => Assert.Contains((string?)f["dataset"], new[] { good, broken, blocked }));
        Assert.Equal(2, (int)json["errors"]!);
    }

    [Fact]
    public void Errors_in_one_dataset_of_a_folder_are_exit_1_and_the_text_names_each_dataset()
    {
        var good = Dataset("delta/good.json");
        var broken = Dataset("delta/cut-short.json", "{ \"company\": ");

        var (exit, output, _) = Build(Path.GetDirectoryName(good)!, "--out", Root, "--quiet");

        Assert.Equal(1, exit);
        Assert.Contains($"{broken} -> {Path.Combine(Root, "delta", "cut-short")} (not built)", output);
        Assert.DoesNotContain(good + " ->", output);
        Assert.EndsWith("2 dataset(s): 1 built, 1 not built." + Environment.NewLine, output);
        Assert.True(File.Exists(Path.Combine(Root, "delta", "good", "manifest.json")));
    }

    [Fact]
    public void Two_datasets_published_to_one_folder_are_a_usage_error_before_anything_is_built()
    {
        var first = Dataset("one/same.json");
        var second = Dataset("two/one/same.json");

        var (exit, _, error) = Build(first, second, "--out", Root);

        Assert.Equal(2, exit);
        Assert.Contains($"'{first}' and '{second}' would both be published to '{Path.Combine(Root, "one", "same")}'", error);
        Assert.False(Directory.Exists(Root));
    }

    [Fact]
    public void A_folder_with_no_dataset_is_a_usage_error()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "in", "empty")).FullName;

        var (exit, _, error) = Build(empty, "--out", Root);

        Assert.Equal(2, exit);
        Assert.Contains($"The folder '{empty}' holds no dataset (*.json).", error);
    }
}
