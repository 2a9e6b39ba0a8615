using Newtonsoft.Json.Linq;

using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>One case of the bad-input corpus: how to make the input, the command it stands for, and what it must say.</summary>
/// <remarks>A case is a folder under BadInputs/ with case.json: { description, args, input: { from, find, replace, padTo } | { file },
/// templates: { file, content | find, replace }, buildFirst, exit, output }. "args" is the iijreport command line
/// (`validate DATASET [--templates DIR]` or `build DATASET --out DIR --templates DIR`; validate checks the case's templates copy when it names none); "exit" is what it exits with: 3 when a finding is a fault of the machine, 1 when the findings have an error
/// (then "output" is the first error), else 0 (then "output" is one of the findings). In args and output, "{input}" stands for the materialised
/// dataset, "{templates}" for a copy of the repository's templates/ (with the case's edit applied), "{out}" for an output
/// folder of the case. With "buildFirst", {out} holds a good build's outputs before
/// the case runs, and must hold them unchanged after it.</remarks>
public sealed record BadInputCase(string Name, string Folder, JObject Spec)
{
    public static string CorpusFolder => Path.Combine(RepositoryPaths.Root, "tests", "IIJReportGen.Pipeline.Tests", "BadInputs");

    /// <summary>Every case folder, sorted by name.</summary>
    public static IEnumerable<object[]> All() =>
        Directory.GetDirectories(CorpusFolder).Order(StringComparer.Ordinal).Select(d => new object[] { Path.GetFileName(d) });

    public static BadInputCase Load(string name)
    {
        var folder = Path.Combine(CorpusFolder, name);
        return new BadInputCase(name, folder, JObject.Parse(File.ReadAllText(Path.Combine(folder, "case.json"))));
    }

    public int Exit => (int)Spec["exit"]!;

    /// <summary>Whether {out} must hold a good build's outputs before the case runs, unchanged after it.</summary>
    public bool BuildFirst => (bool?)Spec["buildFirst"] ?? false;

    public string[] Args(CaseFolder paths) => Spec["args"]!.Select(a => paths.Expand((string)a!)).ToArray();

    public string ExpectedOutput(CaseFolder paths) => paths.Expand((string)Spec["output"]!);

    /// <summary>Writes the case's dataset (and templates, when it has any) into <paramref name="directory"/>.</summary>
    public CaseFolder Materialise(string directory)
    {
        var paths = new CaseFolder(directory, MaterialiseInput(directory));
        TemplatesCopy.To(paths.Templates);
        if (Spec["templates"] is JObject edit)
            Edit(Path.Combine(paths.Templates, (string)edit["file"]!), edit);
        return paths;
    }

    private string MaterialiseInput(string directory)
    {
        var input = (JObject)Spec["input"]!;
        var target = Path.Combine(directory, (string?)input["name"] ?? "dataset.json");
        if (input["file"] is { } file)
            File.Copy(Path.Combine(Folder, (string)file!), target);
        else
        {
            File.Copy(Source((string)input["from"]!), target);
            Edit(target, input);
            // "review": the edited texts marked reviewed, as a person would after reading them, so a later stage's error shows.
            if ((bool?)input["review"] == true)
                File.WriteAllText(target, ReviewedTexts.MarkAll(File.ReadAllText(target)));
        }
        return target;
    }

    /// <summary>Replaces the file's text by "content", or the one occurrence of "find" by "replace" (no edit without either), then pads to "padTo" bytes.</summary>
    private void Edit(string path, JObject edit)
    {
        var text = (string?)edit["content"] ?? File.ReadAllText(path);
        if (edit["find"] is { } findToken)
        {
            var find = (string)findToken!;
            if (text.IndexOf(find, StringComparison.Ordinal) is var at && (at < 0 || text.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0))
                throw new InvalidOperationException($"case {Name}: 'find' must occur exactly once in {Path.GetFileName(path)}");
            text = text[..at] + (string)edit["replace"]! + text[(at + find.Length)..];
        }
        File.WriteAllText(path, text + new string(' ', (int?)edit["padTo"] is { } size ? Math.Max(size - text.Length, 0) : 0));
    }

    private static string Source(string from) => from switch
    {
        "mini" => RepositoryPaths.MiniDataset,
        "bundled" => RepositoryPaths.BundledDataset,
        _ => throw new InvalidOperationException($"unknown input source '{from}'"),
    };
}

/// <summary>The paths a materialised case runs with, and the expansion of their placeholders.</summary>
public sealed record CaseFolder(string Directory, string Input)
{
    public string Templates => Path.Combine(Directory, "templates");

    public string Out => Path.Combine(Directory, "out");

    public string Expand(string text) => text
        .Replace("{input}", Input, StringComparison.Ordinal)
        .Replace("{templates}", Templates, StringComparison.Ordinal)
        .Replace("{out}", Out, StringComparison.Ordinal);
}
