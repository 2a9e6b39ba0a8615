using System.CommandLine;
using IIJReportGen.Cli.Commands;
using IIJReportGen.Cli.Output;

namespace IIJReportGen.Cli;

/// <summary>The `iijreport` command and its sub-commands.</summary>
internal static class CommandTree
{
    public static RootCommand Create()
    {
        var console = new ConsoleOptions();
        return new RootCommand("iijreport: one JSON dataset → the earnings press release, the TSE-format summary and their filings.")
        {
            console.Quiet,
            console.Verbose,
            ValidateCommand.Create(console),
            BuildCommand.Create(console),
            WatchCommand.Create(),
            PreviewCommand.Create(),
            WhereUsedCommand.Create(console),
            DiffCommand.Create(),
            RollforwardCommand.Create(),
            ReviewCommand.Create(),
            TodoCommand.Create(),
            ImportCommand.Create(),
        };
    }
}
