using IIJReportGen.Cli;
using IIJReportGen.Cli.Output;

return CommandLineRunner.Run(CommandTree.Create(), args, StandardStream.Output, StandardStream.Error);
