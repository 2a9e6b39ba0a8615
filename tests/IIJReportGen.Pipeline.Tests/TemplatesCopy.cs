using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>A copy of the bundled templates folder, for a test that changes a template or stylesheet.</summary>
internal static class TemplatesCopy
{
    /// <summary>Copies the bundled templates to <paramref name="target"/>; returns it.</summary>
    public static string To(string target)
    {
        var source = Path.Combine(RepositoryPaths.Root, "templates");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }
}
