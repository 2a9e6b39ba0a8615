namespace IIJReportGen.Templating.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the folder holding IIJReportGen.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string BundledDataset => Path.Combine(Root, "data", "iij", "fy2013-1h.json");

    public static string MiniDataset => Path.Combine(Root, "tests", "IIJReportGen.Dataset.Tests", "Samples", "mini.json");

    /// <summary>The text of the published release the bundled dataset reproduces (test data; see tests/Shared/Reference/README.md).</summary>
    public static string Seed => Path.Combine(Root, "tests", "Shared", "Reference", "iij-fy2013-1h-release.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IIJReportGen.sln")))
                return dir.FullName;
        throw new InvalidOperationException("IIJReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
