using System.Globalization;
using System.Text;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Cli.Output;

/// <summary>Writes a file through a temporary file and a rename, so a failed run leaves the previous file untouched.</summary>
internal static class AtomicFile
{
    /// <summary>Writes the file; a fault of the machine (a bad path, a full disk) is a <see cref="MachineFaultException"/> naming it.</summary>
    public static void Write(string path, string content) => MachineFault.Attempt($"Writing '{path}'", () => WriteThroughTemporary(path, content));

    private static void WriteThroughTemporary(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.tmp");
        try
        {
            File.WriteAllText(temporary, content, new UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
