using System.CommandLine;
using IIJReportGen.Cli.Output;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Reviews;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport review DATASET KEY…|--all`: marks texts reviewed as they stand now, in the dataset itself.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("DATASET") { Description = "The dataset whose texts you have read." };
        var keys = new Argument<string[]>("KEY") { Description = "The keys of the texts you have read (as 'iijreport validate' lists them).", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Mark every text reviewed." };
        var command = new Command("review", "Mark texts reviewed: the mark lapses when the text or a figure it cites changes.") { dataset, keys, all };
        command.SetAction(result => Run(result.GetValue(dataset)!, result.GetValue(keys) ?? [], result.GetValue(all),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Exit 0 when the marks are written, 1 when the dataset does not load, 2 for no key, both keys and --all, or an unknown key.</summary>
    public static int Run(string path, IReadOnlyList<string> keys, bool all, TextWriter output, TextWriter error)
    {
        if (all == keys.Count > 0)
            return Usage(error, all ? "give text keys or --all, not both." : "name the texts you have read (KEY…), or --all.");
        var load = DatasetLoader.Load(path);
        if (load.Dataset is null)
            return Findings.Print(load.Diagnostics, error);
        var texts = load.Dataset.Texts;
        if (keys.FirstOrDefault(k => !texts.Contains(k)) is { } unknown)
            return Usage(error, $"'{path}' has no text '{unknown}'. {Suggestion.Hint(unknown, texts.Keys.ToList(), "texts")}");
        var model = new ReportModel(load.Dataset);
        var marked = all ? texts.Keys.ToList() : keys.Distinct(StringComparer.Ordinal).ToList();
        var json = File.ReadAllText(path);
        var root = DatasetJson.Parse(json);
        TextReviews.Mark(root, model, marked);
        AtomicFile.Write(path, DatasetJson.Write(root, json));
        var left = TextReviews.ToReview(model).Count(t => !marked.Contains(t.Key));
        output.WriteLine($"Marked {marked.Count} text(s) reviewed in {path}; {left} still to review.");
        return ExitCode.Success;
    }

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine("usage error: review: " + message);
        return ExitCode.UsageError;
    }
}
