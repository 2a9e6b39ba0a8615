using System.Runtime.InteropServices;

namespace IIJReportGen.Pipeline;

/// <summary>The two file-system calls publishing needs that .NET does not offer: swapping two folders in one step, and a
/// second name (hard link) for a file. Each says when the system cannot, so the caller falls back.</summary>
internal static class PosixFiles
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint Exchange = 2; // RENAME_EXCHANGE
    private const int NotSupported = 38; // ENOSYS
    private const int Invalid = 22; // EINVAL: the file system cannot exchange
    private const int CrossDevice = 18; // EXDEV
    private const int NotPermitted = 1; // EPERM: the file system has no hard links

    /// <summary>Swaps two folders atomically (Linux renameat2 with RENAME_EXCHANGE): each name then holds the other's tree.</summary>
    /// <returns>False when this system or file system cannot exchange (then nothing was changed).</returns>
    /// <exception cref="IOException">The exchange failed for another reason (its error number in HResult).</exception>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
            return false;
        try
        {
            if (renameat2(CurrentFolder, first, CurrentFolder, second, Exchange) == 0)
                return true;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than glibc 2.28
        }
        return Marshal.GetLastPInvokeError() is NotSupported or Invalid ? false : throw LastError($"exchanging '{first}' with '{second}'");
    }

    /// <summary>Gives the file at <paramref name="existing"/> a second name (a hard link; a symbolic link is linked itself, never followed).</summary>
    /// <returns>False when this system or file system has no hard links there (then nothing was made).</returns>
    public static bool TryHardLink(string existing, string name)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD()))
            return false; // macOS link() follows symbolic links
        if (link(existing, name) == 0)
            return true;
        return Marshal.GetLastPInvokeError() is CrossDevice or NotPermitted or NotSupported ? false : throw LastError($"linking '{existing}' as '{name}'");
    }

    private static IOException LastError(string doing) =>
        new($"{Marshal.GetLastPInvokeErrorMessage()} ({doing})", Marshal.GetLastPInvokeError());

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string name);
}
