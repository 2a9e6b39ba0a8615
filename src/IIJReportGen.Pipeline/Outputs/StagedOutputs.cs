using System.Globalization;
using System.Text;

namespace IIJReportGen.Pipeline;

/// <summary>Outputs written to a staging folder first and moved into place only when the whole build succeeded.</summary>
/// <remarks>The staging folder sits inside the target folder, so each move is a same-volume rename: a failed or
/// interrupted build leaves the previous outputs untouched and never a half-written file. The bytes written are kept,
/// so the manifest hashes what the build made without reading it back.</remarks>
internal sealed class StagedOutputs : IDisposable
{
    private readonly List<StagedFile> _files = [];
    private bool _committed;

    private StagedOutputs(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    /// <summary>The folder the outputs are published to.</summary>
    public string Target { get; }

    /// <summary>The private folder outputs are written to until <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>The files written so far, in order.</summary>
    public IReadOnlyList<StagedFile> Files => _files;

    /// <summary>Creates the target and a fresh staging folder; throws IOException/UnauthorizedAccessException when the target is not writable.</summary>
    public static StagedOutputs Create(string target)
    {
        Directory.CreateDirectory(target);
        var staging = Path.Combine(target, ".staging-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(staging))
            Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        return new StagedOutputs(target, staging);
    }

    /// <summary>Where a relative output path is staged (what findings about a staged file name).</summary>
    public string PathOf(string relative) => Path.Combine(Staging, relative);

    public void Write(string relative, byte[] bytes)
    {
        if (_files.Any(f => f.Path == relative))
            throw new InvalidOperationException($"'{relative}' is already staged.");
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        _files.Add(new StagedFile(relative, bytes));
    }

    /// <summary>Writes UTF-8 text without a BOM and with "\n" line endings, whatever the platform.</summary>
    public void Write(string relative, string text) =>
        Write(relative, new UTF8Encoding(false).GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));

    /// <summary>Moves every staged file into the target, replacing the previous ones, removes what the previous build
    /// published but this one did not (e.g. PNG pages of an earlier --png build), and removes the staging folder.</summary>
    /// <remarks>Each file is one rename; the set is not swapped as a whole, so a process killed during these renames can leave a mix.</remarks>
    public void Commit()
    {
        var previous = PreviouslyPublished();
        foreach (var relative in _files.Select(f => f.Path))
        {
            var destination = Path.Combine(Target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(Path.Combine(Staging, relative), destination, overwrite: true);
        }
        foreach (var stale in previous.Except(_files.Select(f => f.Path), StringComparer.Ordinal))
            File.Delete(Path.Combine(Target, stale));
        _committed = true;
        Directory.Delete(Staging, recursive: true);
    }

    /// <summary>The outputs the previous build's manifest lists (only files it wrote, never anything else in the folder).</summary>
    private List<string> PreviouslyPublished()
    {
        var manifest = Path.Combine(Target, "manifest.json");
        if (!File.Exists(manifest))
            return [];
        try
        {
            return Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(manifest))["outputs"]?
                .Select(o => (string?)o["path"]).OfType<string>()
                .Where(p => !Path.IsPathRooted(p) && !p.Split('/').Contains("..")).ToList() ?? [];
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return [];
        }
    }

    /// <summary>Discards a build that was not committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
            Directory.Delete(Staging, recursive: true);
    }
}

/// <summary>One staged output: its path relative to the output folder and the bytes written.</summary>
internal sealed record StagedFile(string Path, byte[] Bytes);
