using System.CommandLine;
using IIJReportGen.Cli.Output;
using System.Xml;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline;
using IIJReportGen.Review;
using IIJReportGen.Review.Documents;
using IIJReportGen.Review.Facts;
using IIJReportGen.Review.Writers;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport diff OLD.json NEW.json [--format text|json|html] [--out FILE] [--old-documents DIR --new-documents DIR]`.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var oldDataset = new Argument<string>("OLD") { Description = "The dataset before the change." };
        var newDataset = new Argument<string>("NEW") { Description = "The dataset after the change." };
        var format = new Option<string>("--format") { Description = "text (terminals), json (pipelines) or html (a redline page).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. DiffReportWriter.Formats]);
        var output = CommandInputs.OutputFile("Write the report to this file (atomically) instead of the terminal.");
        var oldDocuments = new Option<string?>("--old-documents") { Description = "A folder with the XHTML documents built from OLD, to redline their prose and tables." };
        var newDocuments = new Option<string?>("--new-documents") { Description = "A folder with the XHTML documents built from NEW." };
        var templates = CommandInputs.Templates();
        var command = new Command("diff", "Report what changes between two datasets: facts, derived figures and table cells, texts, and (with the built documents) a redline.")
        {
            oldDataset, newDataset, format, output, oldDocuments, newDocuments, templates,
        };
        command.SetAction(result => Run(
            new DiffRequest(result.GetValue(oldDataset)!, result.GetValue(newDataset)!, result.GetValue(format)!, result.GetValue(output),
                result.GetValue(oldDocuments), result.GetValue(newDocuments), result.GetValue(templates)!),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Exit 0 when both datasets validate (the report is the result, changes or not), 1 when either does not load
    /// (its findings, no report) or has errors (its errors on the error stream, the report still written), 2 for a usage error.</summary>
    /// <remarks>Without --old-documents/--new-documents both datasets' documents are rendered (XHTML only) to redline their prose and tables.</remarks>
    public static int Run(DiffRequest request, TextWriter output, TextWriter error)
    {
        if ((request.OldDocuments is null) != (request.NewDocuments is null))
        {
            error.WriteLine("usage error: give both --old-documents and --new-documents, or neither.");
            return ExitCode.UsageError;
        }
        var before = DatasetChecks.Run(request.Old);
        var after = DatasetChecks.Run(request.New);
        // Errors only: the warnings of a dataset that validates (seed errata, rounding) are not news in a diff.
        var errors = new DiagnosticBag();
        errors.AddRange(before.Diagnostics.Concat(after.Diagnostics).Where(f => f.Severity == Severity.Error));
        if (before.Model is null || after.Model is null)
            return Findings.Print(errors, output);
        // Each dataset's one model (made by its checks) serves both the figures' comparison and the documents' rendering.
        var models = (Old: before.Model, New: after.Model);
        List<DocumentChanges> documents;
        try
        {
            documents = request.OldDocuments is null || request.NewDocuments is null
                ? RenderAndCompare(models, request.Templates, error)
                : DocumentSetDiff.Compare(DocumentSetDiff.ReadFolder(request.OldDocuments), DocumentSetDiff.ReadFolder(request.NewDocuments));
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot compare the documents: {e.Message}");
            return ExitCode.DataErrors;
        }
        var report = new DiffReport(request.Old, request.New, FactDiff.Compare(models.Old, models.New), documents);
        var text = new StringWriter { NewLine = "\n" };
        DiffReportWriter.For(request.Format).Write(report, text);
        if (request.Out is { } path)
            AtomicFile.Write(path, text.ToString());
        else
            output.Write(text.ToString());
        return errors.HasErrors ? Findings.Print(errors, error) : ExitCode.Success;
    }

    /// <summary>Both datasets' documents rendered in memory and compared; none (with a note) when either cannot be rendered.</summary>
    private static List<DocumentChanges> RenderAndCompare((ReportModel Old, ReportModel New) models, string templates, TextWriter error)
    {
        if (DocumentRendering.RenderXhtml(models.Old, templates) is { } before && DocumentRendering.RenderXhtml(models.New, templates) is { } after)
            return DocumentSetDiff.Compare(before, after);
        error.WriteLine("note: the documents could not be rendered (run `iijreport build` to see why); only facts, figures and texts are compared.");
        return [];
    }
}

/// <summary>The arguments of one `iijreport diff` run.</summary>
internal sealed record DiffRequest(string Old, string New, string Format = "text", string? Out = null, string? OldDocuments = null, string? NewDocuments = null, string Templates = "templates");
