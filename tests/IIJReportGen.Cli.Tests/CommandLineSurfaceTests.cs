namespace IIJReportGen.Cli.Tests;

/// <summary>The command line only parses arguments and prints what the pipeline returns, so nothing outside it builds on its types.</summary>
public class CommandLineSurfaceTests
{
    [Fact]
    public void TheCommandLineExposesNoPublicType() => Assert.Empty(typeof(CommandTree).Assembly.GetExportedTypes());
}
