namespace IIJReportGen.Cli.Tests;

/// <summary>A fact that needs Linux (its devices, error numbers or tools): skipped elsewhere, saying what it needs.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute(string needs)
    {
        if (!OperatingSystem.IsLinux())
            Skip = "Linux only: needs " + needs + ".";
    }
}

/// <inheritdoc cref="LinuxFactAttribute"/>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute(string needs)
    {
        if (!OperatingSystem.IsLinux())
            Skip = "Linux only: needs " + needs + ".";
    }
}

/// <summary>A fact that needs permissions to bite: run as an unprivileged user (as root, the child runs as nobody through
/// setpriv, since root ignores permissions); skipped, saying why, where that cannot be done.</summary>
public sealed class UnprivilegedFactAttribute : FactAttribute
{
    public UnprivilegedFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
            Skip = "Linux only: needs Linux permissions and setpriv.";
        else if (Unprivileged.AsRoot && !File.Exists(Unprivileged.Setpriv))
            Skip = "Runs as root, which ignores permissions, and setpriv (util-linux) is missing to run the child as nobody.";
        else if (Unprivileged.AsRoot && Unprivileged.Closed(AppContext.BaseDirectory) is { } folder)
            Skip = $"Runs as root from inside {folder}, which nobody may not enter, so the program cannot run as nobody: " +
                "run the tests from a clone others can read (e.g. under /tmp).";
    }
}

/// <summary>How a test runs a child as an unprivileged user.</summary>
internal static class Unprivileged
{
    public const string Setpriv = "/usr/bin/setpriv";

    /// <summary>nobody's user and group id on Debian.</summary>
    public const int Nobody = 65534;

    public static bool AsRoot => Environment.UserName == "root";

    /// <summary>The program and arguments that run <paramref name="program"/> as nobody when this process is root, else as this user.</summary>
    public static (string Program, string[] Args) Command(string program, params string[] args) => AsRoot
        ? (Setpriv, [$"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--", program, .. args])
        : (program, args);

    /// <summary>The first folder on the way to <paramref name="path"/> that others may not enter (/root is 700), or null.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static string? Closed(string path)
    {
        for (var folder = new DirectoryInfo(path); folder is not null; folder = folder.Parent)
            if (!File.GetUnixFileMode(folder.FullName).HasFlag(UnixFileMode.OtherExecute))
                return folder.FullName;
        return null;
    }

    /// <summary>Gives <paramref name="folder"/> (and what is in it) to the user the child runs as.</summary>
    public static void Own(string folder)
    {
        if (AsRoot)
            Assert.Equal(0, ChildProcess.Run("/bin/chown", ["-R", $"{Nobody}:{Nobody}", folder]).Exit);
    }
}

/// <summary>A fact that needs a small file system of its own to fill (a tmpfs in a user and mount namespace: unshare -rm):
/// skipped, saying why, where namespaces are not allowed (some containers).</summary>
public sealed class OwnFileSystemFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Missing = new(() =>
    {
        if (!OperatingSystem.IsLinux())
            return "Linux only: needs unshare and tmpfs.";
        try
        {
            return ChildProcess.Run("unshare", ["-rm", "/bin/true"]).Exit == 0 ? null : "unshare -rm is not allowed here (user and mount namespaces), so no small disk can be made to fill.";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unshare (util-linux) is not installed, so no small disk can be made to fill.";
        }
    });

    public OwnFileSystemFactAttribute()
    {
        if (Missing.Value is { } reason)
            Skip = reason;
    }
}
