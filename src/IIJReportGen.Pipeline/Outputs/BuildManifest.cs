using System.Reflection;
using System.Security.Cryptography;
using Newtonsoft.Json;

namespace IIJReportGen.Pipeline;

/// <summary>manifest.json: the tool version, every input and output with its SHA-256 and size, page counts and the checks run.</summary>
/// <remarks>No clock and no absolute paths, so the manifest of the same inputs is byte-identical on every machine.</remarks>
internal sealed class BuildManifest
{
    private readonly List<(string Path, string Sha256, int Length)> _inputs = [];
    private readonly SortedDictionary<string, int> _pages = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _checks = new(StringComparer.Ordinal);

    /// <summary>The version of iijreport, without a commit hash.</summary>
    public static string ToolVersion =>
        typeof(BuildManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public void AddInput(string path, ReadOnlyMemory<byte> bytes) => AddInput(path, Sha256(bytes), bytes.Length);

    /// <summary>An input whose hash is known already (a font's, worked out once per process).</summary>
    public void AddInput(string path, string sha256, int length) => _inputs.Add((path, sha256, length));

    public void AddPageCount(string output, int pages) => _pages[output] = pages;

    public void AddCheck(string name, int count) => _checks[name] = count;

    /// <summary>A draft's manifest says so ("draft": true); a final build's has no such entry.</summary>
    public bool Draft { get; init; }

    /// <summary>The manifest text for the staged outputs: the hashes are of the bytes staged, which are the ones published.</summary>
    public string Write(StagedOutputs outputs)
    {
        var text = new StringWriter { NewLine = "\n" };
        using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented })
        {
            json.WriteStartObject();
            json.WritePropertyName("tool");
            json.WriteValue("iijreport " + ToolVersion);
            if (Draft)
            {
                json.WritePropertyName("draft");
                json.WriteValue(true);
            }
            WriteFiles(json, "inputs", _inputs.OrderBy(i => i.Path, StringComparer.Ordinal));
            WriteFiles(json, "outputs", outputs.Files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => (f.Path.Replace('\\', '/'), f.Sha256, f.Length)));
            WriteCounts(json, "pages", _pages);
            WriteCounts(json, "checks", _checks);
            json.WriteEndObject();
        }
        return text + "\n";
    }

    private static string Sha256(ReadOnlyMemory<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes.Span));

    private static void WriteFiles(JsonTextWriter json, string name, IEnumerable<(string Path, string Sha256, int Length)> files)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var (path, sha256, length) in files)
        {
            json.WriteStartObject();
            json.WritePropertyName("path");
            json.WriteValue(path);
            json.WritePropertyName("sha256");
            json.WriteValue(sha256);
            json.WritePropertyName("bytes");
            json.WriteValue(length);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteCounts(JsonTextWriter json, string name, SortedDictionary<string, int> counts)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        foreach (var (key, count) in counts)
        {
            json.WritePropertyName(key);
            json.WriteValue(count);
        }
        json.WriteEndObject();
    }
}
