using System.Diagnostics;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Pipeline;

/// <summary>An exclusive lock on a file beside the output folder, held for a whole build, so a second build into the same folder
/// waits until the first has published (builds into one folder serialize; neither sees the other's half-made staging folder).</summary>
/// <remarks>The lock is .NET's FileShare.None, which is an advisory flock(LOCK_EX) on Unix and a share lock on Windows; it is
/// released when the process ends, however it ends. The file itself stays (deleting a lock file lets two holders race).</remarks>
internal sealed class OutputLock(FileStream file) : IDisposable
{
    /// <summary>How long a build waits for another build into the same folder before it gives up.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <summary>Takes the lock at <paramref name="path"/>, waiting while another process holds it.</summary>
    /// <exception cref="MachineFaultException">Another build held it for longer than <see cref="Wait"/>.</exception>
    public static OutputLock Take(string path, string target)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (HeldByAnother(e) && clock.Elapsed < Wait)
            {
                Thread.Sleep(Poll);
            }
            catch (IOException e) when (HeldByAnother(e))
            {
                throw new MachineFaultException(Diagnostic.Error(MachineCodes.Fault,
                    $"Waiting for another iijreport build into '{target}' failed: it still held '{path}' after {Wait.TotalMinutes:0} minutes.",
                    new SourceLocation(path), "Let the other build (or watch) finish, stop it, or build into another folder (--out)."), e);
            }
        }
    }

    /// <summary>EWOULDBLOCK on Linux, a sharing violation on Windows.</summary>
    private static bool HeldByAnother(IOException e) => e.HResult is 11 or 35 or unchecked((int)0x80070020);

    public void Dispose() => file.Dispose();
}
