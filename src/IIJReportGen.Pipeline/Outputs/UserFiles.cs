namespace IIJReportGen.Pipeline;

/// <summary>Carries what the output folder holds besides the build's own outputs (the user's files) into the staging folder
/// before it is exchanged with the output folder, so they are kept.</summary>
/// <remarks>Nothing is moved out of the output folder, so a build killed at any point leaves it whole. A file gets a second name
/// (a hard link: no copy, and the user's file is the same file) or, where the system has none, a copy; a symbolic link is
/// made again with the same target and never followed, so nothing outside the output folder is read, written or deleted.</remarks>
internal sealed class UserFiles(ISet<string> made, ISet<string> previouslyPublished)
{
    /// <summary>The folders the build makes (every parent of an output), by relative path.</summary>
    private readonly HashSet<string> _madeFolders = made.SelectMany(Parents).ToHashSet(StringComparer.Ordinal);

    /// <summary>Carries every entry of <paramref name="target"/> that is neither made by this build nor published by the previous one.</summary>
    public void Carry(string target, string staging) => Carry(new DirectoryInfo(target), staging, "");

    private void Carry(DirectoryInfo folder, string staging, string prefix)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var relative = prefix + entry.Name;
            var destination = Path.Combine(staging, relative);
            if (made.Contains(relative))
                continue; // the build's output replaces whatever had its name
            if (entry is DirectoryInfo directory && entry.LinkTarget is null)
                CarryFolder(directory, staging, relative, destination);
            else if (!previouslyPublished.Contains(relative) && !_madeFolders.Contains(relative))
                CarryFile(entry, destination);
        }
    }

    /// <summary>A real folder: its user files are carried; it is made again when the user made it (it is not an output folder),
    /// even empty, and otherwise only when something is carried into it.</summary>
    private void CarryFolder(DirectoryInfo folder, string staging, string relative, string destination)
    {
        if (!_madeFolders.Contains(relative) && !previouslyPublished.Any(p => p.StartsWith(relative + "/", StringComparison.Ordinal)))
            Directory.CreateDirectory(destination);
        Carry(folder, staging, relative + "/");
        if (Directory.Exists(destination))
            KeepMode(folder.FullName, destination);
    }

    /// <summary>Gives a folder made again the permissions of the one it replaces (after its content is in: it may be read-only).</summary>
    public static void KeepMode(string original, string copy)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(copy, File.GetUnixFileMode(original));
    }

    private static void CarryFile(FileSystemInfo entry, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        if (entry.LinkTarget is { } linkTarget)
            File.CreateSymbolicLink(destination, linkTarget);
        else if (!PosixFiles.TryHardLink(entry.FullName, destination) && entry is FileInfo file)
            file.CopyTo(destination);
    }

    private static IEnumerable<string> Parents(string path)
    {
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            yield return path[..slash];
    }
}
