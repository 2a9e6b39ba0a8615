using System.CommandLine;
using IIJReportGen.Cli;
using IIJReportGen.Cli.Commands;

var root = new RootCommand("IIJReportGen: one JSON dataset → the earnings press release, the TSE-format summary and their filings.")
{
    ValidateCommand.Create(),
};
return CommandLineRunner.Run(root, args, Console.Out, Console.Error);
