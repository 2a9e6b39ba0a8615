using System.CommandLine;

namespace IIJReportGen.Cli.Commands;

/// <summary>The dataset argument and the --out/--templates options the commands share, defined once.</summary>
internal static class CommandInputs
{
    public const string DefaultDataset = "data/iij/fy2013-1h.json";

    public const string DefaultOutput = "output/iij/fy2013-1h";

    /// <summary>DATASET, defaulting to the bundled dataset; an option-like value is a usage error, not a missing file.</summary>
    public static Argument<string> Dataset(string description)
    {
        var dataset = new Argument<string>("DATASET")
        {
            Description = description,
            DefaultValueFactory = _ => DefaultDataset,
        };
        dataset.Validators.Add(NoOptionLike);
        return dataset;
    }

    /// <summary>DATASET…: one or more datasets (build), defaulting to the bundled one.</summary>
    public static Argument<string[]> Datasets(string description)
    {
        var datasets = new Argument<string[]>("DATASET")
        {
            Description = description,
            Arity = ArgumentArity.ZeroOrMore,
            DefaultValueFactory = _ => [DefaultDataset],
        };
        datasets.Validators.Add(NoOptionLike);
        return datasets;
    }

    private static void NoOptionLike(System.CommandLine.Parsing.ArgumentResult result)
    {
        if (result.Tokens.FirstOrDefault(t => t.Value.StartsWith('-'))?.Value is { } value)
            result.AddError($"Unrecognized option '{value}'.");
    }

    /// <summary>--out FOLDER: not empty, and not the current folder or one holding it (publishing puts a new folder in its place).</summary>
    public static Option<string> Output()
    {
        var output = new Option<string>("--out")
        {
            Description = "The folder the outputs are published to (replaced as a whole by each build; your own files in it are kept).",
            DefaultValueFactory = _ => DefaultOutput,
        };
        output.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not { } folder || RequirePath(result, folder))
                return;
            var separator = Path.DirectorySeparatorChar;
            var full = Path.GetFullPath(folder).TrimEnd(separator) + separator;
            if ((Environment.CurrentDirectory.TrimEnd(separator) + separator).StartsWith(full, StringComparison.Ordinal))
                result.AddError($"--out '{folder}' is the current folder or holds it; a build replaces that folder as a whole. Choose a folder below it, e.g. --out output.");
        });
        return output;
    }

    /// <summary>--out FILE of the commands that write one file (diff, rollforward): not empty.</summary>
    public static Option<string?> OutputFile(string description)
    {
        var output = new Option<string?>("--out") { Description = description };
        output.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } file)
                RequirePath(result, file);
        });
        return output;
    }

    /// <summary>Adds the usage error for an empty --out (it names no file or folder); true when it did.</summary>
    private static bool RequirePath(System.CommandLine.Parsing.OptionResult result, string path)
    {
        if (!string.IsNullOrWhiteSpace(path))
            return false;
        result.AddError("--out needs a path; an empty one names no file or folder.");
        return true;
    }

    public static Option<string> Templates() => new("--templates")
    {
        Description = "The templates folder (templates/<document>/<document>.sbnhtml and style.css).",
        DefaultValueFactory = _ => "templates",
    };
}
