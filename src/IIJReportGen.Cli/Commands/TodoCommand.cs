using System.CommandLine;
using IIJReportGen.Cli.Output;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline.NextPeriod;
using IIJReportGen.Templating;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport todo DATASET [--format text|json|csv] [--templates DIR]`: the facts still to fill, each once, and the texts to review.</summary>
internal static class TodoCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("DATASET") { Description = "The dataset being prepared (e.g. a rolled-forward skeleton)." };
        var templates = CommandInputs.Templates();
        var format = new Option<string>("--format")
        {
            Description = "text (for people), json (for pipelines) or csv (to fill in a spreadsheet, then 'iijreport import').",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var command = new Command("todo", "List what is still to fill (one row per concept and period, where the documents use it) or to review.") { dataset, templates, format };
        command.SetAction(result => Run(result.GetValue(dataset)!, result.GetValue(templates)!, result.GetValue(format)!,
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Exit 0 with the list (however long), 1 when the dataset does not load.</summary>
    public static int Run(string path, string templates, string format, TextWriter output, TextWriter error)
    {
        var load = DatasetLoader.Load(path);
        if (load.Dataset is null)
            return Findings.Print(load.Diagnostics, error);
        var blockers = new DiagnosticBag();
        TodoWriter.Write(TodoList.Of(File.ReadAllText(path), new ReportModel(load.Dataset), new TemplateFiles(templates), blockers), format, path, output);
        if (blockers.HasErrors)
        {
            // Not figures or texts, so not rows: what the templates ask for besides (a date, a period), said as the build would.
            error.WriteLine("Also to fix before a build:");
            Findings.Print(blockers, error);
        }
        return ExitCode.Success;
    }
}
