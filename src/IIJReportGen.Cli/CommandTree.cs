using System.CommandLine;
using IIJReportGen.Cli.Commands;

namespace IIJReportGen.Cli;

/// <summary>The `iijreport` command and its sub-commands.</summary>
public static class CommandTree
{
    public static RootCommand Create() =>
        new("iijreport: one JSON dataset → the earnings press release, the TSE-format summary and their filings.")
        {
            ValidateCommand.Create(),
            IIJReportGen.Review.Commands.DiffCommand.Create(),
            IIJReportGen.Review.Commands.RollforwardCommand.Create(),
            BuildCommand.Create(),
        };
}
