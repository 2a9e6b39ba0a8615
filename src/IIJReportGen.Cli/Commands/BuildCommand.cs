using System.CommandLine;
using System.Globalization;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline;
using IIJReportGen.Cli.Output;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport build [DATASET…] [--out DIR]`: validate, then write both documents (XHTML, PDF, text), the XBRL filing
/// and the manifest; several datasets (or a folder of them) build in parallel, each into its own folder under --out.</summary>
internal static class BuildCommand
{
    /// <summary>The root the datasets of a batch go under when --out is not given (the bundled one's folder is under it too).</summary>
    public const string DefaultRoot = "output";

    public static Command Create(ConsoleOptions console)
    {
        var datasets = CommandInputs.Datasets(
            "The dataset(s) to build: files, or folders standing for their *.json files. With several (or a folder), each goes to "
            + "<--out>/<the dataset's folder name>/<file stem>/ and they build in parallel.");
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
        var draft = new Option<bool>("--draft")
        {
            Description = "Build a draft with whatever the dataset has, into <--out>-draft (never over a final build): a figure still "
                + "missing is a placeholder such as [TotalRevenues 1H14], every page is marked DRAFT, no XBRL.",
        };
        var format = FormatOption.Create();
        var command = new Command("build", "Build the press release and the TSE summary (PDF, XHTML, text), the XBRL filing and manifest.json.")
        {
            datasets, output, templates, png, dpi, draft, format,
        };
        // Two datasets that would be published to one folder are a usage error, found before anything is built.
        command.Validators.Add(result =>
        {
            var named = result.GetValue(datasets)!;
            if (Batch(named, result.GetResult(output), result.GetValue(output)!) is { } root && DatasetBatch.Plan(named, root, out var problem) is null)
                result.AddError(problem!);
        });
        command.SetAction(result =>
        {
            var named = result.GetValue(datasets)!;
            var (templatesRoot, pngDpi, isDraft) = (result.GetValue(templates)!, result.GetValue(png) ? result.GetValue(dpi) : (float?)null, result.GetValue(draft));
            var (printAs, terminal, verbosity) = (result.GetValue(format)!, ConsoleOptions.TerminalOf(result), console.VerbosityOf(result));
            string Folder(string final) => isDraft ? DraftBuild.Folder(final) : final;
            return Batch(named, result.GetResult(output), result.GetValue(output)!) is { } root
                ? RunBatch([.. DatasetBatch.Plan(named, root, out _)!.Select(t => t with { OutputDirectory = Folder(t.OutputDirectory) })],
                    templatesRoot, pngDpi, isDraft, printAs, terminal, verbosity)
                : Run(new BuildRequest(named[0], Folder(result.GetValue(output)!), templatesRoot, PngDpi: pngDpi, Draft: isDraft), printAs, terminal, verbosity);
        });
        return command;
    }

    /// <summary>The output root when this is a batch (several datasets, or a folder of them): --out as given, else <see cref="DefaultRoot"/>.</summary>
    private static string? Batch(string[] datasets, System.CommandLine.Parsing.OptionResult? output, string folder) =>
        datasets.Length > 1 || datasets.Any(Directory.Exists) ? output is { Implicit: false } ? folder : DefaultRoot : null;

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

    /// <summary>Builds every target in parallel; prints each dataset's findings and outcome. The exit code is the gravest of theirs.</summary>
    public static int RunBatch(IReadOnlyList<BatchTarget> targets, string templatesRoot, float? pngDpi, bool draft, string format, Terminal terminal, Verbosity verbosity)
    {
        var outcomes = terminal.Status($"Building {targets.Count} datasets", () => DatasetBatch.Run(targets, templatesRoot, pngDpi, draft));
        DiagnosticWriter.For(format).Write(outcomes, terminal, verbosity);
        return ExitCode.Gravest(outcomes.Select(o => ExitCode.Of(o.Result.Diagnostics)));
    }

    private static string Pages(BuildResult result, string file) =>
        result.Pages.TryGetValue(file, out var pages) ? $" ({pages} pages)" : "";
}
