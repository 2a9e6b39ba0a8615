namespace IIJReportGen.Review.Tests;

/// <summary>Paths in the repository, found by walking up from the test binaries to IIJReportGen.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string BundledDataset => Path.Combine(Root, "data", "iij", "fy2013-1h.json");

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "IIJReportGen.sln")))
                return folder.FullName;
        throw new InvalidOperationException("IIJReportGen.sln not found above " + AppContext.BaseDirectory);
    }
}
