using System.Text;
using IIJReportGen.Dataset.Loading;

namespace IIJReportGen.Dataset.Tests;

/// <summary>The mini sample dataset with one textual change, loaded from bytes as "mini.json".</summary>
internal static class MutatedDataset
{
    public static string Original { get; } = File.ReadAllText(RepositoryPaths.MiniDataset);

    /// <summary>Replaces the one occurrence of <paramref name="find"/> and loads the result.</summary>
    public static LoadResult Load(string find, string replace)
    {
        var index = Original.IndexOf(find, StringComparison.Ordinal);
        if (index < 0 || Original.IndexOf(find, index + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"'{find}' must occur exactly once in mini.json");
        return LoadText(Original[..index] + replace + Original[(index + find.Length)..]);
    }

    public static LoadResult LoadText(string text) => LoadBytes(Encoding.UTF8.GetBytes(text));

    public static LoadResult LoadBytes(byte[] bytes) => DatasetLoader.Parse(bytes, "mini.json");

    /// <summary>The one-line form of the only finding, failing when there is not exactly one.</summary>
    public static string SingleFinding(LoadResult result)
    {
        var findings = result.Diagnostics.ToList();
        Assert.True(findings.Count == 1, "expected one finding, got:\n" + string.Join("\n", findings));
        return findings[0].ToString();
    }
}
