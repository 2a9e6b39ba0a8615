using System.Globalization;
using System.Security.Cryptography;

namespace IIJReportGen.Pipeline;

/// <summary>A build's outputs, written to a staging folder beside the output folder and published all at once: the finished
/// staging folder is exchanged with the output folder in one step, so the output folder is always a complete previous
/// build or a complete new one, however the build ends (an error, a full disk, a kill).</summary>
/// <remarks>Beside the output folder <c>out</c> a build writes only <c>.out.lock</c> (held for the whole build, so builds into one
/// folder take turns) and <c>.out.staging-PID</c>; leftovers of a killed build are removed by the next one, which holds the lock,
/// so no other build is using them. Inside <c>out</c> nothing is written or deleted: the user's own files are carried into the
/// staging folder (<see cref="UserFiles"/>), the previous build's outputs are not, and the previous tree is deleted after the
/// exchange without following links. Each file is hashed as it is written, so the manifest hashes what the build made without reading it back.</remarks>
internal sealed class StagedOutputs : IDisposable
{
    /// <summary>Called at each step of publishing ("carried", "exchanged") in this flow: tests fail or inspect the folders there.</summary>
    internal static readonly AsyncLocal<Action<string>?> Checkpoint = new();

    private readonly List<StagedFile> _files = [];
    private readonly OutputLock _lock;
    private bool _published;

    private StagedOutputs(string target, string staging, OutputLock outputLock)
    {
        Target = target;
        Staging = staging;
        _lock = outputLock;
    }

    /// <summary>The folder the outputs are published to (a link to a folder is followed to it, so the folder itself is exchanged).</summary>
    public string Target { get; }

    /// <summary>The private folder beside <see cref="Target"/> that outputs are written to until <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>The files written so far, in order.</summary>
    public IReadOnlyList<StagedFile> Files => _files;

    /// <summary>Takes the output folder's lock (waiting for another build into it), removes leftovers of killed builds, makes the
    /// output folder if it is missing and a fresh staging folder; throws IOException/UnauthorizedAccessException when it cannot.</summary>
    public static StagedOutputs Create(string target)
    {
        var full = Resolve(target);
        var parent = Path.GetDirectoryName(full) ?? throw new ArgumentException($"The output folder cannot be a root folder ('{full}').", nameof(target));
        var name = Path.GetFileName(full);
        Directory.CreateDirectory(parent);
        var outputLock = OutputLock.Take(Path.Combine(parent, $".{name}.lock"), target);
        try
        {
            RemoveLeftovers(parent, name, full);
            Directory.CreateDirectory(full);
            var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}");
            Directory.CreateDirectory(staging);
            return new StagedOutputs(full, staging, outputLock);
        }
        catch
        {
            outputLock.Dispose();
            throw;
        }
    }

    /// <summary>Where a relative output path is staged (what findings about a staged file name).</summary>
    public string PathOf(string relative) => Path.Combine(Staging, relative);

    public void Write(string relative, byte[] bytes) => Stage(relative, bytes.Length, [bytes]);

    /// <summary>Writes the bytes block by block; none is kept after (the manifest needs only their hash and size).</summary>
    public void Write(string relative, OutputBytes bytes) => Stage(relative, checked((int)bytes.Length), bytes.Blocks());

    /// <summary>Writes UTF-8 text without a BOM and with "\n" line endings, whatever the platform.</summary>
    public void Write(string relative, string text) => Write(relative, OutputBytes.Utf8(text));

    /// <summary>Writes the file and hashes it in one pass over its blocks.</summary>
    private void Stage(string relative, int length, IEnumerable<ReadOnlyMemory<byte>> blocks)
    {
        if (_files.Any(f => f.Path == relative))
            throw new InvalidOperationException($"'{relative}' is already staged.");
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
            foreach (var block in blocks)
            {
                file.Write(block.Span);
                sha256.AppendData(block.Span);
            }
        _files.Add(new StagedFile(relative, Convert.ToHexStringLower(sha256.GetHashAndReset()), length));
    }

    /// <summary>Publishes: carries the user's files into the staging folder, exchanges it with the output folder, and deletes the
    /// previous tree (what the previous build published and this one did not, e.g. PNG pages of an earlier --png build, goes with it).</summary>
    public void Commit()
    {
        var made = _files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        new UserFiles(made, PreviouslyPublished()).Carry(Target, Staging);
        UserFiles.KeepMode(Target, Staging);
        Checkpoint.Value?.Invoke("carried");
        var previous = Exchange();
        _published = true;
        Checkpoint.Value?.Invoke("exchanged");
        Delete(previous);
    }

    /// <summary>Puts the staging folder in the output folder's place; returns where the previous tree is now.</summary>
    /// <remarks>Where the system cannot exchange folders in one step (not Linux, or a file system without RENAME_EXCHANGE) it is two
    /// renames: for an instant there is no output folder, and a build killed in that instant leaves the previous tree at
    /// <c>.out.staging-PID-previous</c>, which the next build puts back before it starts.</remarks>
    private string Exchange()
    {
        if (PosixFiles.TryExchange(Staging, Target))
            return Staging;
        var previous = Staging + PreviousSuffix;
        Directory.Move(Target, previous);
        Directory.Move(Staging, Target);
        return previous;
    }

    private const string PreviousSuffix = "-previous";

    /// <summary>The outputs the previous build's manifest lists (only files it wrote, never anything else in the folder).</summary>
    private HashSet<string> PreviouslyPublished()
    {
        var manifest = new FileInfo(Path.Combine(Target, "manifest.json"));
        if (!manifest.Exists || manifest.LinkTarget is not null)
            return [];
        try
        {
            return (Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(manifest.FullName))["outputs"]?
                .Select(o => (string?)o["path"]).OfType<string>() ?? []).ToHashSet(StringComparer.Ordinal);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return [];
        }
    }

    /// <summary>The output folder itself: a link to a folder is followed, so publishing replaces the folder, not the link.</summary>
    private static string Resolve(string target)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        return new DirectoryInfo(full) is { LinkTarget: not null } link && link.ResolveLinkTarget(returnFinalTarget: true) is DirectoryInfo folder
            ? Path.TrimEndingDirectorySeparator(folder.FullName)
            : full;
    }

    /// <summary>Staging folders of builds that were killed (no other build is running: this one holds the lock); a previous tree
    /// a kill left outside the output folder is put back first.</summary>
    private static void RemoveLeftovers(string parent, string name, string target)
    {
        // The pattern spares an object per entry of a crowded parent (/tmp); the prefix test below is the exact one (a name
        // holding a wildcard or the pattern's escape lists every entry).
        var pattern = name.AsSpan().IndexOfAny(@"\*?") < 0 ? $".{name}.staging-*" : "*";
        var leftovers = new DirectoryInfo(parent).EnumerateFileSystemInfos(pattern)
            .Where(e => e.Name.StartsWith($".{name}.staging-", StringComparison.Ordinal)).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        if (!Directory.Exists(target) && !File.Exists(target)
            && leftovers.LastOrDefault(e => e.Name.EndsWith(PreviousSuffix, StringComparison.Ordinal) && e.LinkTarget is null) is { } previous)
        {
            Directory.Move(previous.FullName, target);
            leftovers.Remove(previous);
        }
        foreach (var leftover in leftovers)
            Delete(leftover.FullName);
    }

    /// <summary>Deletes a tree of ours (a previous tree, a staging folder) without following links: a link inside it is
    /// removed, its target is not touched; a folder in it made read-only (a user's chmod of xbrl/) is made writable first.</summary>
    /// <remarks>As far as it can: what cannot be deleted (a folder another user owns) stays a leftover, which the next build
    /// tries again; it never fails a build that has published.</remarks>
    private static void Delete(string path)
    {
        try
        {
            var info = new DirectoryInfo(path);
            if (info.LinkTarget is not null || File.Exists(path))
                File.Delete(path);
            else if (info.Exists)
            {
                MakeWritable(info);
                DeleteFilesAtOnce(FilesIn(info).ToList());
                info.Delete(recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Every entry of a tree that is not a folder (links included, never followed).</summary>
    private static IEnumerable<string> FilesIn(DirectoryInfo folder) =>
        folder.EnumerateFileSystemInfos().SelectMany(e => e is DirectoryInfo child && child.LinkTarget is null ? FilesIn(child) : [e.FullName]);

    /// <summary>Deletes files on several threads, as far as it can (what stays, the tree's deletion meets and leaves).</summary>
    /// <remarks>Unlinking a file whose blocks are already on disk waits for the file system's journal (2–4 ms a file on this
    /// project's build machine, 75–100 ms for a previous tree); several unlinks at once share that wait. The threads are
    /// the program's own, not the thread pool's, which would add threads for blocked work only slowly.</remarks>
    private static void DeleteFilesAtOnce(IReadOnlyList<string> files)
    {
        var next = -1;
        var threads = Enumerable.Range(0, Math.Min(UnlinkThreads, files.Count)).Select(_ => new Thread(() =>
        {
            for (int i; (i = Interlocked.Increment(ref next)) < files.Count;)
                try
                {
                    File.Delete(files[i]);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
    }

    private const int UnlinkThreads = 8;

    private const UnixFileMode OwnerAll = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Gives every folder of a tree (not through links) its owner's read, write and search permission, so its entries can be deleted.</summary>
    private static void MakeWritable(DirectoryInfo folder)
    {
        if (OperatingSystem.IsWindows())
            return;
        if ((folder.UnixFileMode & OwnerAll) != OwnerAll)
            folder.UnixFileMode |= OwnerAll;
        foreach (var child in folder.EnumerateDirectories().Where(d => d.LinkTarget is null))
            MakeWritable(child);
    }

    /// <summary>Discards a build that was not published, and lets the next build into the folder go ahead.</summary>
    public void Dispose()
    {
        try
        {
            if (!_published)
                Delete(Staging);
        }
        finally
        {
            _lock.Dispose();
        }
    }
}

/// <summary>A staged output: its path relative to the output folder, the SHA-256 (lower-case hex) and size of its bytes, for the manifest.</summary>
internal sealed record StagedFile(string Path, string Sha256, int Length);
