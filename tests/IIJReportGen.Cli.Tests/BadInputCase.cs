using Newtonsoft.Json.Linq;

using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Cli.Tests;

/// <summary>One case of the bad-input corpus: how to make the input, the command to run, and what it must say.</summary>
/// <remarks>A case is a folder under BadInputs/ with case.json: { description, args, input: { from, find, replace } | { file },
/// padTo }, exit, output } — "{input}" in args and output stands for the materialised input file.</remarks>
public sealed record BadInputCase(string Name, string Folder, JObject Spec)
{
    public static string CorpusFolder => Path.Combine(RepositoryPaths.Root, "tests", "IIJReportGen.Cli.Tests", "BadInputs");

    /// <summary>Every case folder, sorted by name.</summary>
    public static IEnumerable<object[]> All() =>
        Directory.GetDirectories(CorpusFolder).Order(StringComparer.Ordinal).Select(d => new object[] { Path.GetFileName(d) });

    public static BadInputCase Load(string name)
    {
        var folder = Path.Combine(CorpusFolder, name);
        return new BadInputCase(name, folder, JObject.Parse(File.ReadAllText(Path.Combine(folder, "case.json"))));
    }

    public int Exit => (int)Spec["exit"]!;

    public string[] Args(string input) => Spec["args"]!.Select(a => ((string)a!).Replace("{input}", input, StringComparison.Ordinal)).ToArray();

    public string ExpectedOutput(string input) => ((string)Spec["output"]!).Replace("{input}", input, StringComparison.Ordinal);

    /// <summary>Writes the case's input into <paramref name="directory"/> and returns its path.</summary>
    public string Materialise(string directory)
    {
        var input = (JObject)Spec["input"]!;
        var target = Path.Combine(directory, (string?)input["name"] ?? "dataset.json");
        if (input["file"] is { } file)
        {
            File.Copy(Path.Combine(Folder, (string)file!), target);
            return target;
        }
        var source = File.ReadAllText(Source((string)input["from"]!));
        var find = (string)input["find"]!;
        if (source.IndexOf(find, StringComparison.Ordinal) is var at && (at < 0 || source.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0))
            throw new InvalidOperationException($"case {Name}: 'find' must occur exactly once");
        var text = source[..at] + (string)input["replace"]! + source[(at + find.Length)..];
        File.WriteAllText(target, text + new string(' ', (int?)input["padTo"] is { } size ? Math.Max(size - text.Length, 0) : 0));
        return target;
    }

    private static string Source(string from) => from switch
    {
        "mini" => RepositoryPaths.MiniDataset,
        "bundled" => RepositoryPaths.BundledDataset,
        _ => throw new InvalidOperationException($"unknown input source '{from}'"),
    };
}
