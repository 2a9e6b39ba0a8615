namespace IIJReportGen.Diagnostics;

/// <summary>The one place that decides whether an exception is a fault of the machine — a full disk, a permission, a read-only
/// or missing folder, a file in the way, a closed output stream — rather than of the input (a finding) or of iijreport (a bug),
/// and says it as a finding (<see cref="MachineCodes.Fault"/>) with what failed and what to fix. Commands exit 3 for it.</summary>
public static class MachineFault
{
    /// <summary>The finding for <paramref name="exception"/> met while doing <paramref name="attempt"/> ("Publishing to 'out'"),
    /// or null when it is no fault of the machine (then it is a bug, and stays one). A <see cref="MachineFaultException"/>
    /// already says what failed: its own finding.</summary>
    public static Diagnostic? Finding(Exception exception, string attempt, SourceLocation? location = null) =>
        exception is MachineFaultException known ? known.Finding
        : Reason(exception) is var (reason, fix)
            ? Diagnostic.Error(MachineCodes.Fault, $"{attempt} failed: {reason} ({SystemWords(exception).TrimEnd('.')}).", location, fix)
            : null;

    /// <summary>What the system said. .NET words EBADF (a closed stream) as "access denied" too: then the error inside it ("Bad file
    /// descriptor"); a real permission error keeps .NET's words, which name the path.</summary>
    private static string SystemWords(Exception exception) =>
        exception is UnauthorizedAccessException { InnerException: IOException inner } && Errno(inner) is not (1 or 13) ? inner.Message : exception.Message;

    /// <summary>Whether a finding is a fault of the machine (exit 3, not 1).</summary>
    public static bool Is(Diagnostic finding) => finding.Code == MachineCodes.Fault;

    /// <summary>Runs <paramref name="work"/>; a fault of the machine it meets is thrown as <see cref="MachineFaultException"/> naming <paramref name="attempt"/>.</summary>
    public static T Attempt<T>(string attempt, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not MachineFaultException && Finding(e, attempt) is { } finding)
        {
            throw new MachineFaultException(finding, e);
        }
    }

    /// <inheritdoc cref="Attempt{T}(string, Func{T})"/>
    public static void Attempt(string attempt, Action work) => Attempt(attempt, () =>
    {
        work();
        return 0;
    });

    private const string Paths = "Choose a path whose folders exist and are folders (not files), or create them; then run again.";
    private const string Streams = "Run iijreport with its standard output and error open: redirect them to a file or to /dev/null instead of closing them.";

    private static (string Reason, string Fix)? Reason(Exception exception) => exception switch
    {
        PathTooLongException => ("a path is too long", "Choose a shorter path."),
        DirectoryNotFoundException => ("a folder on the path does not exist, or is a file", Paths),
        // .NET reports EACCES, EPERM and EBADF as access denied, with the system's error inside.
        UnauthorizedAccessException { InnerException: IOException inner } when Errno(inner) is { } errno && Known(errno) is { } known => known,
        UnauthorizedAccessException => Known(13),
        IOException io when Errno(io) is { } errno && Known(errno) is { } known => known,
        IOException => ("the file system refused", "Check the path, the disk and the fonts folder beside the program, then run again."),
        OutOfMemoryException or InsufficientExecutionStackException => ("the machine ran out of memory", "Free memory, or run on a machine with more."),
        _ => null,
    };

    /// <summary>The Linux error number .NET keeps in an I/O exception's HResult; null elsewhere (numbers differ between systems).</summary>
    private static int? Errno(IOException exception) =>
        OperatingSystem.IsLinux() && exception.HResult is > 0 and < 4096 ? exception.HResult : null;

    private static (string Reason, string Fix)? Known(int errno) => errno switch
    {
        28 => ("the disk is full", "Free space on that disk, or write to another disk (another --out folder); then run again."),
        122 => ("the disk quota is used up", "Free space within your quota, or choose a folder elsewhere (--out)."),
        30 => ("the file system is read-only", "Choose a folder on a writable file system (--out), or remount it read-write."),
        1 or 13 => ("permission denied", "Give your user access to that path, or choose another folder (--out)."),
        9 => ("the stream is closed", Streams),
        32 => ("the program reading the output stopped reading", Streams),
        5 => ("the disk or device reported an input/output error", "Check the disk (its kernel log, fsck): the file system reported an error."),
        17 => ("a file is in the way of a folder", Paths),
        20 => ("a part of the path is a file, not a folder", Paths),
        21 => ("a folder is where a file should be", Paths),
        23 or 24 => ("too many files are open", "Raise the open-file limit (ulimit -n), or close other programs."),
        _ => null,
    };
}

/// <summary>A fault of the machine met by code that cannot report a finding itself; commands print <see cref="Finding"/> and exit 3.</summary>
public sealed class MachineFaultException(Diagnostic finding, Exception inner) : Exception(finding.Message, inner)
{
    public Diagnostic Finding { get; } = finding;
}
