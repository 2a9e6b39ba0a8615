using System.Globalization;
using System.Text;

namespace IIJReportGen.Cli.Build;

/// <summary>Outputs written to a staging folder first and moved into place only when the whole build succeeded.</summary>
/// <remarks>The staging folder sits inside the target folder, so each move is a same-volume rename: a failed or
/// interrupted build leaves the previous outputs untouched and never a half-written file.</remarks>
public sealed class StagedOutputs : IDisposable
{
    private readonly List<string> _files = [];
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

    /// <summary>The relative paths written so far, in order.</summary>
    public IReadOnlyList<string> Files => _files;

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

    /// <summary>The staging path for a relative output path (its folder created), for writers that need a path.</summary>
    public string PathFor(string relative)
    {
        var path = Path.Combine(Staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!_files.Contains(relative))
            _files.Add(relative);
        return path;
    }

    public void Write(string relative, byte[] bytes) => File.WriteAllBytes(PathFor(relative), bytes);

    /// <summary>Writes UTF-8 text without a BOM and with "\n" line endings, whatever the platform.</summary>
    public void Write(string relative, string text) =>
        File.WriteAllText(PathFor(relative), text.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(false));

    /// <summary>Moves every staged file into the target, replacing the previous ones, removes what the previous build
    /// published but this one did not (e.g. PNG pages of an earlier --png build), and removes the staging folder.</summary>
    /// <remarks>Each file is one rename; the set is not swapped as a whole, so a process killed during these renames can leave a mix.</remarks>
    public void Commit()
    {
        var previous = PreviouslyPublished();
        foreach (var relative in _files)
        {
            var destination = Path.Combine(Target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(Path.Combine(Staging, relative), destination, overwrite: true);
        }
        foreach (var stale in previous.Except(_files, StringComparer.Ordinal))
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
