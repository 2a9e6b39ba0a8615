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
        dataset.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault()?.Value is { } value && value.StartsWith('-'))
                result.AddError($"Unrecognized option '{value}'.");
        });
        return dataset;
    }

    public static Option<string> Output() => new("--out")
    {
        Description = "The folder the outputs are published to.",
        DefaultValueFactory = _ => DefaultOutput,
    };

    public static Option<string> Templates() => new("--templates")
    {
        Description = "The templates folder (templates/<document>/<document>.sbnhtml and style.css).",
        DefaultValueFactory = _ => "templates",
    };
}
