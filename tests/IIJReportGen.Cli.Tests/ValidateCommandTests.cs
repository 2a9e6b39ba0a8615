using System.Globalization;
using IIJReportGen.Dataset.Tests;
using IIJReportGen.Tests.Shared;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Cli.Tests;

/// <summary>`iijreport validate`: exit codes, the stable JSON shape, and culture-independent output.</summary>
public class ValidateCommandTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLineRunner.Run(CommandTree.Create(), args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>`validate` with the repository's templates folder (the tests do not run from the repository root).</summary>
    private static (int Exit, string Out, string Error) Validate(params string[] args) =>
        Run(["validate", .. args, "--templates", Path.Combine(RepositoryPaths.Root, "templates")]);

    // The bundled dataset: it has warnings only, and it fills the TDnet summary's form, which validate checks (the mini
    // dataset names no TDnet element, so validate rightly reports that a build of it would fail).
    [Fact]
    public void WarningsOnlyExitsZeroWithTheCountLine()
    {
        var (exit, output, _) = Validate(RepositoryPaths.BundledDataset);
        Assert.Equal(0, exit);
        Assert.Matches(@"\n0 error\(s\), [1-9][0-9]* warning\(s\)\.\r?\n$", output);
        Assert.Contains("warning VAL003: Equipment sales revenues (EquipmentSalesRevenue) 1H12: published 641 but the dataset gives 642", output);
    }

    [Fact]
    public void JsonFormatHasTheDocumentedShape()
    {
        var (exit, output, _) = Validate(RepositoryPaths.BundledDataset, "--format", "json");
        Assert.Equal(0, exit);
        var json = JObject.Parse(output);
        Assert.Equal(["errors", "warnings", "findings"], json.Properties().Select(p => p.Name));
        Assert.Equal(0, (int)json["errors"]!);
        Assert.Equal(((JArray)json["findings"]!).Count, (int)json["warnings"]!);
        var first = (JObject)json["findings"]![0]!;
        Assert.Equal(["severity", "code", "message", "file", "line", "column", "path", "hint"], first.Properties().Select(p => p.Name));
        Assert.Equal("warning", (string)first["severity"]!);
        Assert.Equal("VAL003", (string)first["code"]!);
        Assert.Equal(RepositoryPaths.BundledDataset, (string)first["file"]!);
        Assert.Matches(@"^\$\.asPublished\[[0-9]+\]$", (string)first["path"]!);
        // The line and column are those of the asPublished entry the path names: its opening brace.
        var line = File.ReadAllLines(RepositoryPaths.BundledDataset)[(int)first["line"]! - 1];
        Assert.Equal('{', line[(int)first["column"]! - 1]);
    }

    [Fact]
    public void ErrorsExitOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"iijreport-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"company\": ");
        try
        {
            var (exit, output, _) = Validate(path, "--format", "json");
            Assert.Equal(1, exit);
            var finding = (JObject)JObject.Parse(output)["findings"]![0]!;
            Assert.Equal("DS002", (string)finding["code"]!);
            Assert.Equal(1, (int)finding["line"]!);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingDatasetExitsOne()
    {
        var (exit, output, error) = Validate("no/such/file.json");
        Assert.Equal(1, exit);
        Assert.Contains("error DS001: Dataset file 'no/such/file.json' does not exist.", output);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("validate", "--format", "xml")]
    [InlineData("validate", "--no-such-option")]
    [InlineData("no-such-command")]
    public void UsageErrorsExitTwo(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("usage error: ", error);
    }

    [Fact]
    public void QuietPrintsOnlyTheCount()
    {
        var (exit, output, _) = Validate(RepositoryPaths.BundledDataset, "--quiet");
        Assert.Equal(0, exit);
        Assert.Matches(@"^0 error\(s\), [1-9][0-9]* warning\(s\)\.\r?\n$", output);
    }

    [Fact]
    public void A_figure_typed_into_a_template_is_an_error_of_validate()
    {
        var templates = Directory.CreateTempSubdirectory("iijreport-templates-").FullName;
        try
        {
            CopyTemplates(Path.Combine(RepositoryPaths.Root, "templates"), templates);
            var highlights = Path.Combine(templates, "press-release", "highlights.sbnhtml");
            File.AppendAllText(highlights, "<p>Up 6.4% on the year.</p>\n");
            var line = File.ReadAllLines(highlights).Length;

            var (exit, output, _) = Run("validate", RepositoryPaths.BundledDataset, "--templates", templates);

            Assert.Equal(1, exit);
            var name = Path.GetFileName(templates);
            Assert.Contains($"{name}/press-release/highlights.sbnhtml:{line}:7: error TP007: A figure is typed into the template: '6.4'.", output);
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }

    private static void CopyTemplates(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    [Fact]
    public void HelpExitsZero()
    {
        var (exit, output, _) = Run("validate", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--format", output);
        Assert.Contains("--templates", output);
    }

    [CultureTheory]
    [InlineData("de-DE")]
    [InlineData("ja-JP")]
    [InlineData("")]
    public void OutputIsTheSameInEveryCulture(string culture)
    {
        var expected = Validate(RepositoryPaths.MiniDataset, "--format", "json").Out;
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, Validate(RepositoryPaths.MiniDataset, "--format", "json").Out);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
