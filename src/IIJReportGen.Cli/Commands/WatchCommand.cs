using System.CommandLine;
using IIJReportGen.Cli.Build;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport watch [DATASET] [--out DIR]`: rebuild on every change to the dataset, templates or stylesheets.</summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var dataset = CommandInputs.Dataset("The dataset to build.");
        var output = CommandInputs.Output();
        var templates = CommandInputs.Templates();
        var command = new Command("watch", "Build, then rebuild on every change to the dataset, templates or stylesheets (one line per build; Ctrl+C stops).")
        {
            dataset, output, templates,
        };
        command.SetAction(async (result, cancellation) =>
        {
            var request = new BuildRequest(result.GetValue(dataset)!, result.GetValue(output)!, result.GetValue(templates)!);
            var watched = await new BuildWatcher(request, result.InvocationConfiguration.Output).RunAsync(cancellation);
            return watched ? CommandLineRunner.Success : CommandLineRunner.DataErrors;
        });
        return command;
    }
}
