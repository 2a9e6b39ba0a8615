using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>Each component lists its diagnostic codes in one catalogue, and the README's one table of codes is those catalogues.</summary>
public partial class DiagnosticCodesTests
{
    private const string TableStart = "<!-- diagnostic codes: the catalogues' table, checked by DiagnosticCodesTests -->";
    private const string TableEnd = "<!-- end of diagnostic codes -->";

    [Fact]
    public void EveryCodeIsDeclaredOnce()
    {
        var twice = DiagnosticCatalogue.Entries.GroupBy(e => e.Code).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(twice);
        Assert.All(DiagnosticCatalogue.Entries, e => Assert.Matches(CodeShape(), '"' + e.Code + '"'));
    }

    [Fact]
    public void EveryCatalogueIsListedAndNoCodeIsWrittenOutsideOne()
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")).ToList();
        var catalogues = sources.Where(f => f.EndsWith("Codes.cs", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(DiagnosticCatalogue.Catalogues.Select(t => t.Name).Order(StringComparer.Ordinal), catalogues);
        var strays = sources.Where(f => !f.EndsWith("Codes.cs", StringComparison.Ordinal))
            .SelectMany(f => CodeShape().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(RepositoryPaths.Root, f)}: {m.Value}"));
        Assert.Empty(strays);
    }

    [Fact]
    public void TheReadmeTableIsTheCatalogues()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(TableStart, StringComparison.Ordinal);
        var end = readme.IndexOf(TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md needs the table between '{TableStart}' and '{TableEnd}'.");
        var table = readme[(start + TableStart.Length)..end].Trim('\n');
        var expected = Table();
        Assert.True(table == expected, "README.md's table of codes differs from the catalogues; paste this:\n" + expected);
    }

    /// <summary>The table the README must hold: every code of every catalogue, in the order of the flow.</summary>
    private static string Table() => string.Join("\n",
        new[] { "| code | component | severity | meaning |", "| --- | --- | --- | --- |" }
            .Concat(DiagnosticCatalogue.Entries.Select(e => $"| {e.Code} | {e.Component} | {e.Severity.ToString().ToLowerInvariant()} | {e.Meaning} |")));

    [GeneratedRegex(@"""[A-Z]{2,8}\d{3}""")]
    private static partial Regex CodeShape();
}
