using IIJReportGen.Cli;

using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Cli.Tests;

/// <summary>The bad-input corpus: every case exits as expected with its one clear message and no stack trace.</summary>
public class BadInputTests
{
    [Theory]
    [MemberData(nameof(BadInputCase.All), MemberType = typeof(BadInputCase))]
    public void BadInputGetsItsMessage(string name)
    {
        var badCase = BadInputCase.Load(name);
        var directory = Directory.CreateTempSubdirectory("iijreport-case-").FullName;
        try
        {
            var input = badCase.Materialise(directory);
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = CommandLineRunner.Run(CommandTree.Create(), badCase.Args(input), output, error);
            var all = output + error.ToString();
            Assert.Equal(badCase.Exit, exit);
            Assert.Contains(badCase.ExpectedOutput(input), all);
            Assert.DoesNotContain("   at ", all);
            Assert.DoesNotContain("Exception", all);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void CorpusHasAtLeastFortyCases() => Assert.True(BadInputCase.All().Count() >= 40, $"{BadInputCase.All().Count()} cases");
}
