using IIJReportGen.Cli;
using IIJReportGen.Cli.Output;

return CommandLineRunner.Run(CommandTree.Create(), args, StandardStream.Output, StandardStream.Error);

/// <summary>The program: internal like every Cli type. Declared here so ASP.NET Core's source generator (the shared framework the
/// preview server uses) does not make the top-level Program public for test hosts.</summary>
internal partial class Program;
