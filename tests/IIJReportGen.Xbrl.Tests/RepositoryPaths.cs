namespace IIJReportGen.Xbrl.Tests;

/// <summary>Finds the repository root (the folder with IIJReportGen.sln) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string MiniDataset => Path.Combine(Root, "tests", "IIJReportGen.Dataset.Tests", "Samples", "mini.json");

    public static string BundledDataset => Path.Combine(Root, "data", "iij", "fy2013-1h.json");

    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "IIJReportGen.sln")))
                return dir.FullName;
        throw new InvalidOperationException("IIJReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
