using System.CommandLine;
using System.Globalization;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline;
using IIJReportGen.Cli.Output;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport build [DATASET] [--out DIR]`: validate, then write both documents (XHTML, PDF, text), the XBRL filing and the manifest.</summary>
internal static class BuildCommand
{
    public static Command Create(ConsoleOptions console)
    {
        var dataset = CommandInputs.Dataset("The dataset to build.");
        var output = CommandInputs.Output();
        var templates = CommandInputs.Templates();
        var png = new Option<bool>("--png") { Description = "Also write every page as PNG (png/<document>-NN.png), for previews and visual diffs." };
        var dpi = new Option<int>("--png-dpi")
        {
            Description = "Resolution of the PNG pages.",
            DefaultValueFactory = _ => 96,
        };
        dpi.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 24 or > 600)
                result.AddError("--png-dpi must be from 24 to 600.");
        });
        var format = FormatOption.Create();
        var command = new Command("build", "Build the press release and the TSE summary (PDF, XHTML, text), the XBRL filing and manifest.json.")
        {
            dataset, output, templates, png, dpi, format,
        };
        command.SetAction(result => Run(
            new BuildRequest(result.GetValue(dataset)!, result.GetValue(output)!, result.GetValue(templates)!,
                PngDpi: result.GetValue(png) ? result.GetValue(dpi) : null),
            result.GetValue(format)!,
            ConsoleOptions.TerminalOf(result),
            console.VerbosityOf(result)));
        return command;
    }

    /// <summary>Builds (a spinner on a terminal); prints the findings and, on success, one line per published output. Exit 0, 1 or 3.</summary>
    public static int Run(BuildRequest request, string format, Terminal terminal, Verbosity verbosity)
    {
        var result = terminal.Status("Building " + request.Dataset, () => ReportBuild.Run(request));
        DiagnosticWriter.For(format).Write(result.Diagnostics, terminal, verbosity);
        if (format == "text" && verbosity == Verbosity.Verbose)
            foreach (var (stage, time) in result.Timings)
                terminal.Output.WriteLine($"{stage}: {time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} s");
        if (!result.Succeeded)
            return ExitCode.Of(result.Diagnostics);
        if (format == "text" && verbosity != Verbosity.Quiet)
            foreach (var file in result.Outputs)
                terminal.Output.WriteLine($"wrote {Path.Combine(request.OutputDirectory, file).Replace('\\', '/')}{Pages(result, file)}");
        return ExitCode.Success;
    }

    private static string Pages(BuildResult result, string file) =>
        result.Pages.TryGetValue(file, out var pages) ? $" ({pages} pages)" : "";
}
