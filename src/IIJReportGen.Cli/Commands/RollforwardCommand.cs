using System.CommandLine;
using IIJReportGen.Diagnostics;
using IIJReportGen.Cli.Output;
using System.Text;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Review.Rollforward;
using IIJReportGen.Validation;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport rollforward DATASET --to PERIOD [--out FILE]`: next period's dataset skeleton and what to review and fill.</summary>
internal static class RollforwardCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("DATASET") { Description = "This period's dataset." };
        var to = new Option<string>("--to") { Description = "The new current period's key, e.g. 1H14.", Required = true };
        var output = CommandInputs.OutputFile("Write the new dataset to this file (atomically); without it the dataset goes to standard output and the review list to standard error.");
        var command = new Command("rollforward", "Make next period's dataset: periods and labels a year on, this period's figures as comparatives, the new figures to fill.")
        {
            dataset, to, output,
        };
        command.SetAction(result => Run(result.GetValue(dataset)!, result.GetValue(to)!, result.GetValue(output),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Exit 0 when the skeleton is written (its missing figures are expected), 1 when the input is invalid, 2 for a bad --to.</summary>
    public static int Run(string path, string to, string? outPath, TextWriter output, TextWriter error)
    {
        if (outPath is not null && SameFile(path, outPath))
        {
            error.WriteLine($"usage error: --out '{outPath}' is the dataset being rolled; write the new period's dataset to another file.");
            return ExitCode.UsageError;
        }
        var load = DatasetLoader.Load(path);
        if (load.Dataset is null)
            return Findings.Print(load.Diagnostics, error);
        RollforwardResult result;
        try
        {
            result = DatasetRollforward.Roll(load.Dataset, File.ReadAllText(path), to);
        }
        catch (RollforwardTargetException e)
        {
            error.WriteLine("usage error: --to " + e.Message);
            return ExitCode.UsageError;
        }
        var target = outPath ?? "the new dataset";
        var check = DatasetLoader.Parse(Encoding.UTF8.GetBytes(result.Json), outPath ?? "(standard output)");
        if (outPath is not null)
            AtomicFile.Write(outPath, result.Json);
        else
            output.Write(result.Json);
        var review = outPath is null ? error : output;
        review.WriteLine($"Rolled {path} from {result.FromPeriod} to {result.ToPeriod}: {target}.");
        review.WriteLine($"Review ({result.Flags.Count}):");
        foreach (var flag in result.Flags)
            review.WriteLine($"  {flag.Path}: {flag.Reason}{(flag.Mentions.Count > 0 ? " [" + string.Join(", ", flag.Mentions) + "]" : "")}");
        if (check.Dataset is null)
            return Findings.Print(check.Diagnostics, error);
        var findings = DatasetValidator.Validate(check.Dataset).Diagnostics;
        var missing = findings.Count(f => f.Code == ValidationCodes.MissingFact);
        review.WriteLine($"To fill: {missing} figure(s) the tables show have no value yet (VAL005); 'iijreport validate {outPath ?? "FILE"}' lists each with its table line.");
        var toReview = findings.Count(f => f.Code == ValidationCodes.TextNotReviewed);
        review.WriteLine($"To review: {toReview} text(s) carried over (VAL012); 'iijreport review {outPath ?? "FILE"} KEY…' marks each once read or rewritten.");
        // Anything else (a warning such as a tie-out with no period left to check) is worth a look; an error means the skeleton is unusable.
        var other = findings.Where(f => f.Code is not (ValidationCodes.MissingFact or ValidationCodes.TextNotReviewed)).ToList();
        foreach (var finding in other)
            (finding.Severity == Diagnostics.Severity.Error ? error : review).WriteLine(finding.ToString());
        return other.Any(f => f.Severity == Diagnostics.Severity.Error) ? ExitCode.DataErrors : ExitCode.Success;
    }

    /// <summary>True when both paths name one file (the same path, or links to one file), so writing one would overwrite the other.</summary>
    private static bool SameFile(string a, string b) =>
        string.Equals(Resolved(a), Resolved(b), StringComparison.Ordinal);

    private static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        return File.Exists(full) && new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target ? target.FullName : full;
    }
}
