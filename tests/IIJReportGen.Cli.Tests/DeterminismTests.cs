using IIJReportGen.Pipeline;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Cli.Tests;

/// <summary>Every output is byte-identical whatever the machine: its locale (hence .NET culture), time zone and installed fonts.</summary>
/// <remarks>Child processes, because .NET reads LANG/LC_ALL and TZ, and fontconfig its configuration, once at start-up.</remarks>
public sealed class DeterminismTests : IDisposable
{
    private const string JapaneseName = "株式会社インターネットイニシアティブ";

    private static readonly string Templates = Path.Combine(RepositoryPaths.Root, "templates");

    /// <summary>The bundled dataset built in this process: what every other machine must reproduce.</summary>
    private static readonly Lazy<string> Reference = new(() => BuildHere(RepositoryPaths.BundledDataset, Directory.CreateTempSubdirectory("iijreport-reference-").FullName));

    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-determinism-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("de_DE.UTF-8", "Pacific/Chatham")]
    [InlineData("ja_JP.UTF-8", "America/New_York")]
    [InlineData("C", "Asia/Tokyo")]
    public void BuildIsTheSameUnderAnyLocaleAndTimeZone(string locale, string timeZone)
    {
        var other = BuildInChild(RepositoryPaths.BundledDataset, new() { ["LANG"] = locale, ["LC_ALL"] = locale, ["TZ"] = timeZone });

        AssertSameFiles(Reference.Value, other, $"under {locale}, TZ={timeZone}");
    }

    [Fact]
    public void BuildIsTheSameWithInvariantGlobalization()
    {
        // Containers often run .NET without ICU: no culture but the invariant one exists.
        var other = BuildInChild(RepositoryPaths.BundledDataset, new() { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" });

        AssertSameFiles(Reference.Value, other, "with invariant globalization");
    }

    [Theory]
    [InlineData("no installed font", "")]
    [InlineData("only DejaVu installed", "/usr/share/fonts/truetype/dejavu")]
    public void BuildIsTheSameWhateverFontsTheMachineHas(string machine, string fontFolder)
    {
        // fontconfig then knows only this folder (none: an empty one); the bundled fonts must make the documents alone.
        var emptyFolder = Directory.CreateDirectory(Path.Combine(_folder, "no-fonts")).FullName;
        var configuration = Path.Combine(_folder, "fonts.conf");
        File.WriteAllText(configuration, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig><dir>{(fontFolder.Length > 0 ? fontFolder : emptyFolder)}</dir><cachedir>{_folder}/fontconfig-cache</cachedir></fontconfig>
            """);

        var other = BuildInChild(RepositoryPaths.BundledDataset, new() { ["FONTCONFIG_FILE"] = configuration });

        AssertSameFiles(Reference.Value, other, "with " + machine);
    }

    [Fact]
    public void JapaneseTextIsSetInTheBundledJapaneseFontUnderAJapaneseLocale()
    {
        // Under ja_JP, fontconfig names IPAex Gothic "IPAexゴシック"; the stylesheets' "IPAexGothic" must still find it.
        var dataset = Path.Combine(_folder, "japanese.json");
        File.WriteAllText(dataset, File.ReadAllText(RepositoryPaths.BundledDataset).Replace("\"name\": \"Internet Initiative Japan Inc.\"", $"\"name\": \"{JapaneseName}\"", StringComparison.Ordinal));
        var here = BuildHere(dataset, Path.Combine(_folder, "here"));

        var japanese = BuildInChild(dataset, new() { ["LANG"] = "ja_JP.UTF-8", ["LC_ALL"] = "ja_JP.UTF-8" });

        // The build succeeding says every character found a glyph (a missing one is an error).
        AssertSameFiles(here, japanese, "under ja_JP.UTF-8");
        Assert.Contains("Company name: " + JapaneseName, File.ReadAllText(Path.Combine(japanese, "tse-summary.txt")));
    }

    private static string BuildHere(string dataset, string folder)
    {
        var result = ReportBuild.Run(new BuildRequest(dataset, folder, Templates));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return folder;
    }

    private string BuildInChild(string dataset, Dictionary<string, string> environment)
    {
        var output = Path.Combine(_folder, "other");
        var (exit, text, error) = ChildProcess.Run("dotnet", [ChildProcess.Iijreport, "build", dataset, "--out", output, "--templates", Templates, "--quiet"], environment);
        Assert.True(exit == 0, text + error);
        return output;
    }

    private static void AssertSameFiles(string expected, string actual, string condition)
    {
        var files = Directory.GetFiles(expected, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expected, f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(actual, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actual, f)).Order());
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs {condition}");
    }
}
