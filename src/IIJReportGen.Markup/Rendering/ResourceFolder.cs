using IIJReportGen.Diagnostics;

namespace IIJReportGen.Markup;

/// <summary>The folder that linked stylesheets and images must come from: relative paths only, never outside it.</summary>
internal sealed class ResourceFolder(string root, DiagnosticBag diagnostics)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;

    /// <summary>The file's bytes, or null with a MARKUP004 error naming <paramref name="location"/>.</summary>
    public byte[]? Read(string reference, SourceLocation location)
    {
        var path = Resolve(reference, location);
        return path is null ? null : File.ReadAllBytes(path);
    }

    public string? Resolve(string reference, SourceLocation location)
    {
        if (reference.Contains(':', StringComparison.Ordinal) || Path.IsPathRooted(reference))
        {
            Report($"'{reference}' is not a relative path; only files next to the document are read.", location);
            return null;
        }
        var path = Path.GetFullPath(Path.Combine(_root, Uri.UnescapeDataString(reference)));
        if (!path.StartsWith(_root, StringComparison.Ordinal))
        {
            Report($"'{reference}' points outside the document's folder {_root}.", location);
            return null;
        }
        if (!File.Exists(path))
        {
            Report($"'{reference}' was not found (looked for {path}).", location);
            return null;
        }
        return path;
    }

    private void Report(string message, SourceLocation location) =>
        diagnostics.Add(Diagnostic.Error(MarkupCodes.Resource, message, location, "Keep stylesheets and images inside the template's folder and refer to them relatively."));
}
