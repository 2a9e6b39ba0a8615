using System.Net;
using System.Net.Sockets;
using IIJReportGen.Cli.Commands;
using IIJReportGen.Dataset.Tests;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Cli.Tests;

/// <summary>`preview` prints its address first, then a line per build, serves until stopped, and says why it cannot start.</summary>
/// <remarks>What the server shows and how it updates is tested in Preview.Tests.</remarks>
public sealed class PreviewCommandTests : IDisposable
{
    private readonly string _published = Directory.CreateTempSubdirectory("iijreport-preview-published-").FullName;
    private readonly string _templates = Path.Combine(RepositoryPaths.Root, "templates");

    public void Dispose() => Directory.Delete(_published, recursive: true);

    [Fact]
    public async Task Its_first_line_is_the_address_then_a_line_per_build_until_stopped()
    {
        var output = new StringWriter();
        var printed = TextWriter.Synchronized(output);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var preview = PreviewCommand.RunAsync(RepositoryPaths.BundledDataset, _templates, _published, 0, printed, TextWriter.Null, stop.Token);
        // The synchronised writer locks itself while it writes (MethodImplOptions.Synchronized).
        string Printed()
        {
            lock (printed)
                return output.ToString();
        }
        while (!Printed().Contains(" built in ", StringComparison.Ordinal))
            await Task.Delay(50, stop.Token);
        var lines = Printed().ReplaceLineEndings("\n").Split('\n');
        using var http = new HttpClient();
        var page = await http.GetStringAsync(lines[0]["Preview: ".Length..], stop.Token);
        await stop.CancelAsync();

        Assert.Matches(@"^Preview: http://127\.0\.0\.1:\d+/$", lines[0]);
        Assert.Matches(@"^\[\d\d:\d\d:\d\d\] built in \d+\.\d\d s: 20 pages, \d+ warning\(s\)$", lines[1]);
        Assert.Contains("<title>iijreport preview</title>", page, StringComparison.Ordinal);
        Assert.Equal(ExitCode.Success, await preview);
        Assert.Empty(Directory.GetFileSystemEntries(_published));
    }

    [Fact]
    public async Task A_port_in_use_is_a_fault_of_the_machine_exit_3()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var error = new StringWriter();

        var exit = await PreviewCommand.RunAsync(RepositoryPaths.BundledDataset, _templates, _published, port, TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(ExitCode.MachineFault, exit);
        Assert.StartsWith($"error SYS001: Listening on 127.0.0.1:{port} failed: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Choose another --port, or 0 for any free one.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_out_of_range_is_a_usage_error()
    {
        var error = new StringWriter();

        var exit = CommandLineRunner.Run(CommandTree.Create(), ["preview", "--port", "70000"], TextWriter.Null, error);

        Assert.Equal((ExitCode.UsageError, "usage error: --port must be from 0 to 65535."), (exit, error.ToString().ReplaceLineEndings("\n").Split('\n')[0]));
    }
}
