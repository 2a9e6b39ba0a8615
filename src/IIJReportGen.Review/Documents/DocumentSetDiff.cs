using IIJReportGen.Xhtml;

namespace IIJReportGen.Review.Documents;

/// <summary>Compares two builds' sets of XHTML documents, by document name: what `diff` and the preview's redline report.</summary>
public static class DocumentSetDiff
{
    private const string Empty = $"<html xmlns=\"{XhtmlNamespaces.Xhtml}\"/>";

    /// <summary>Every document of either side, by name (ordinal order); a document on one side only is all inserted or deleted.</summary>
    /// <exception cref="System.Xml.XmlException">A document is not well-formed.</exception>
    public static List<DocumentChanges> Compare(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var names = before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return names.Select(name => DocumentDiff.Compare(name, before.GetValueOrDefault(name, Empty), after.GetValueOrDefault(name, Empty))).ToList();
    }

    /// <summary>Every *.xhtml of a build folder, by document name.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static Dictionary<string, string> ReadFolder(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.xhtml").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal)
            : throw new DirectoryNotFoundException($"Folder '{folder}' does not exist.");
}
