using System.Security.Cryptography;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>What a test sees of an output folder: whether it is one whole build, and which, and what lies beside it.</summary>
internal static class PublishedFolder
{
    /// <summary>The folder's manifest text when every output it lists is there with the bytes it hashes (a whole build); else null.</summary>
    public static string? WholeBuild(string folder)
    {
        var manifest = Path.Combine(folder, "manifest.json");
        if (!File.Exists(manifest))
            return null;
        var text = File.ReadAllText(manifest);
        foreach (var output in JObject.Parse(text)["outputs"]!)
        {
            var path = Path.Combine(folder, (string)output["path"]!);
            if (!File.Exists(path) || Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) != (string)output["sha256"]!)
                return null;
        }
        return text;
    }

    /// <summary>The names beside <paramref name="folder"/> that a build made: its lock, staging folders, leftovers.</summary>
    public static List<string> Beside(string folder) =>
        Directory.GetFileSystemEntries(Path.GetDirectoryName(Path.GetFullPath(folder))!)
            .Select(Path.GetFileName).OfType<string>()
            .Where(n => n.StartsWith("." + Path.GetFileName(folder) + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
}
