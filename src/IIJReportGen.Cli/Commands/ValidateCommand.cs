using System.CommandLine;
using IIJReportGen.Pipeline;
using IIJReportGen.Cli.Output;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Diagnostics;
using IIJReportGen.Validation;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport validate [DATASET] [--format text|json]`: load and check a dataset, print the findings.</summary>
internal static class ValidateCommand
{
    public static Command Create(ConsoleOptions console)
    {
        var dataset = CommandInputs.Dataset("The dataset to check.");
        var format = FormatOption.Create();
        var command = new Command("validate", "Check a dataset: JSON shape, references, calculations, tie-outs, published figures, rounding.")
        {
            dataset,
            format,
        };
        command.SetAction(result => Run(result.GetValue(dataset)!, result.GetValue(format)!, ConsoleOptions.TerminalOf(result), console.VerbosityOf(result)));
        return command;
    }

    /// <summary>Loads and validates; exit 0 when there are no errors, 1 otherwise.</summary>
    public static int Run(string path, string format, Terminal terminal, Verbosity verbosity)
    {
        var findings = DatasetChecks.Run(path).Diagnostics;
        DiagnosticWriter.For(format).Write(findings, terminal, verbosity);
        return findings.HasErrors ? CommandLineRunner.DataErrors : CommandLineRunner.Success;
    }
}
