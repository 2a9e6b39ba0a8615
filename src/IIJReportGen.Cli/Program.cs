using IIJReportGen.Cli;

return CommandLineRunner.Run(CommandTree.Create(), args, Console.Out, Console.Error);
