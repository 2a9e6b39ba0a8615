using System.CommandLine;
using IIJReportGen.Diagnostics;
using IIJReportGen.Preview;

namespace IIJReportGen.Cli.Commands;

/// <summary>`iijreport preview [DATASET] [--port N]`: a local web page of the pages, findings and redline, rebuilt on every change.</summary>
internal static class PreviewCommand
{
    public static Command Create()
    {
        var dataset = CommandInputs.Dataset("The dataset to preview.");
        var port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1 (0: any free port).",
            DefaultValueFactory = _ => 0,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
                result.AddError("--port must be from 0 to 65535.");
        });
        var published = CommandInputs.Output();
        published.Description = "The published build the redline compares with (read only: the preview never writes there).";
        var templates = CommandInputs.Templates();
        var command = new Command("preview", "Serve a live preview on 127.0.0.1: every page, the findings and a redline against the published build, updated on every change (Ctrl+C stops).")
        {
            dataset, port, published, templates,
        };
        command.SetAction((result, cancellation) => RunAsync(
            result.GetValue(dataset)!, result.GetValue(templates)!, result.GetValue(published)!, result.GetValue(port),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellation));
        return command;
    }

    /// <summary>Prints "Preview: http://127.0.0.1:PORT/" first, then one line per build; exit 0 when stopped, 1 when there is nothing
    /// to watch, 3 when the port cannot be listened on (a fault of the machine, not of the data).</summary>
    /// <remarks>The builds go to a temporary folder of their own, removed at the end; the published folder is only read.</remarks>
    public static async Task<int> RunAsync(string dataset, string templates, string published, int port, TextWriter output, TextWriter error,
        CancellationToken cancellation)
    {
        var folder = Directory.CreateTempSubdirectory("iijreport-preview-");
        try
        {
            PreviewSession session;
            try
            {
                session = new PreviewSession(new PreviewRequest(dataset, templates, published, folder.FullName));
            }
            catch (ArgumentException e)
            {
                error.WriteLine("usage error: " + e.Message + " Give another --out.");
                return ExitCode.UsageError;
            }
            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(session, port, cancellation);
            }
            catch (IOException e)
            {
                error.WriteLine(Diagnostic.Error(MachineCodes.Fault, $"Listening on 127.0.0.1:{port} failed: {e.Message.TrimEnd('.')}.",
                    hint: "Choose another --port, or 0 for any free one."));
                return ExitCode.MachineFault;
            }
            await using (server)
            {
                output.WriteLine($"Preview: {server.Address}");
                output.Flush();
                var watched = await session.RunAsync(result => WatchCommand.PrintBuilt(output, result), bug => WatchCommand.PrintCrash(output, bug), cancellation);
                return watched ? ExitCode.Success : ExitCode.DataErrors;
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
