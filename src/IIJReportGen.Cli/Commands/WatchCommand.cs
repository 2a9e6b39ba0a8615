using System.CommandLine;
using IIJReportGen.Cli.Build;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport watch [DATASET] [--out DIR]`: rebuild on every change to the dataset, templates or stylesheets.</summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("DATASET")
        {
            Description = "The dataset to build.",
            DefaultValueFactory = _ => ValidateCommand.DefaultDataset,
        };
        var output = new Option<string>("--out")
        {
            Description = "The folder the outputs are published to.",
            DefaultValueFactory = _ => BuildCommand.DefaultOutput,
        };
        var templates = new Option<string>("--templates")
        {
            Description = "The templates folder.",
            DefaultValueFactory = _ => "templates",
        };
        var command = new Command("watch", "Build, then rebuild on every change to the dataset, templates or stylesheets (one line per build; Ctrl+C stops).")
        {
            dataset, output, templates,
        };
        command.SetAction(async (result, cancellation) =>
        {
            var request = new BuildRequest(result.GetValue(dataset)!, result.GetValue(output)!, result.GetValue(templates)!);
            await new BuildWatcher(request, result.InvocationConfiguration.Output).RunAsync(cancellation);
            return CommandLineRunner.Success;
        });
        return command;
    }
}
