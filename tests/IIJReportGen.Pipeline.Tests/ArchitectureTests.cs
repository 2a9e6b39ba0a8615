using System.Text.RegularExpressions;
using System.Xml.Linq;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>The project graph the README describes is the one the project files declare.</summary>
public partial class ArchitectureTests
{
    private const string Prefix = "IIJReportGen.";

    [Fact]
    public void TheReadmeGraphIsTheProjectReferences()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var table = readme[readme.IndexOf("<!-- project graph", StringComparison.Ordinal)..readme.IndexOf("<!-- end of project graph -->", StringComparison.Ordinal)];
        var described = Row().Matches(table).Where(m => m.Groups["project"].Value != "project")
            .ToDictionary(m => m.Groups["project"].Value, m => References(m.Groups["references"].Value));
        var declared = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "src"), Prefix + "*")
            .ToDictionary(d => Path.GetFileName(d)[Prefix.Length..], d => ProjectReferences(d));
        Assert.Equal(declared.Keys.Order(StringComparer.Ordinal), described.Keys.Order(StringComparer.Ordinal));
        Assert.All(declared, p => Assert.Equal(p.Value, described[p.Key]));
    }

    [Fact]
    public void OnlyTheCommandLineTestsReferenceTheCommandLine()
    {
        var referencing = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "tests"))
            .Where(d => ProjectReferences(d).Contains("Cli")).Select(Path.GetFileName);
        Assert.Equal(["IIJReportGen.Cli.Tests"], referencing);
    }

    private static List<string> References(string cell) =>
        cell.Trim() == "—" ? [] : cell.Split(',').Select(r => r.Trim()).Order(StringComparer.Ordinal).ToList();

    private static List<string> ProjectReferences(string folder) =>
        Directory.GetFiles(folder, "*.csproj")
            .SelectMany(p => XDocument.Load(p).Descendants("ProjectReference"))
            .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!)[Prefix.Length..])
            .Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"^\| (?<project>\w+) \| (?<references>[^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
