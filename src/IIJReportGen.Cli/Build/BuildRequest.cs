namespace IIJReportGen.Cli.Build;

/// <summary>What to build: the dataset, where the templates are, and where the outputs go.</summary>
public sealed record BuildRequest(string Dataset, string OutputDirectory, string TemplatesRoot)
{
    /// <summary>The documents every build produces, in order.</summary>
    public static readonly IReadOnlyList<string> Documents = ["press-release", "tse-summary"];
}
