using System.CommandLine;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline;
using IIJReportGen.Cli.Output;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport validate [DATASET] [--templates DIR] [--format text|json]`: check a dataset and the templates folder, print the findings.</summary>
internal static class ValidateCommand
{
    public static Command Create(ConsoleOptions console)
    {
        var dataset = CommandInputs.Dataset("The dataset to check.");
        var templates = CommandInputs.Templates();
        var format = FormatOption.Create();
        var command = new Command("validate", "Check a dataset (JSON shape, references, calculations, tie-outs, published figures, rounding) and the templates (rules such as no typed figure), and render every document in memory: every fact, date, period and text the templates ask for.")
        {
            dataset,
            templates,
            format,
        };
        command.SetAction(result => Run(result.GetValue(dataset)!, result.GetValue(templates)!, result.GetValue(format)!, ConsoleOptions.TerminalOf(result), console.VerbosityOf(result)));
        return command;
    }

    /// <summary>Runs every check the build runs, rendering included (nothing written); exit 0 when there are no errors, 1 when there are, 3 when the machine failed.</summary>
    public static int Run(string path, string templates, string format, Terminal terminal, Verbosity verbosity)
    {
        var findings = ReportChecks.Validate(path, templates).Diagnostics;
        DiagnosticWriter.For(format).Write(findings, terminal, verbosity);
        return ExitCode.Of(findings);
    }
}
