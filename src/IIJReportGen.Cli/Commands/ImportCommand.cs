using System.CommandLine;
using System.Text;
using IIJReportGen.Cli.Output;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline.NextPeriod;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport import DATASET FILE`: writes the figures of a filled sheet (CSV or Excel) into the dataset, all or nothing.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("DATASET") { Description = "The dataset to write the figures into (rewritten in place, its formatting and order kept)." };
        var file = new Argument<string>("FILE") { Description = "A filled 'iijreport todo --format csv' (or any sheet with concept, period and value columns): .csv, .xlsx or .xls." };
        var command = new Command("import", "Write the figures of a filled sheet into the dataset: values at the concept's scale, '-' or parentheses for negatives.") { dataset, file };
        command.SetAction(result => Run(result.GetValue(dataset)!, result.GetValue(file)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Exit 0 when the figures are written, 1 when the dataset does not load or a row is wrong (then nothing is written).</summary>
    public static int Run(string path, string file, TextWriter output, TextWriter error)
    {
        var load = DatasetLoader.Load(path);
        if (load.Dataset is null)
            return Findings.Print(load.Diagnostics, error);
        var findings = new DiagnosticBag();
        if (FigureSheet.Read(file, findings) is not { } sheet)
            return Findings.Print(findings, error);
        var json = File.ReadAllText(path);
        var import = FigureImport.Apply(load.Dataset, json, sheet);
        if (import.Json is null)
            return Findings.Print(import.Diagnostics, error);
        var check = DatasetLoader.Parse(Encoding.UTF8.GetBytes(import.Json), path);
        if (check.Dataset is null)
            return Findings.Print(check.Diagnostics, error);
        AtomicFile.Write(path, import.Json);
        output.WriteLine($"Imported {import.Written} figure(s) into {path} ({import.Changed} new or changed); {import.Empty} row(s) left empty. Next: 'iijreport validate {path}'.");
        return ExitCode.Success;
    }
}
