using System.Text;
using SkiaSharp;

namespace IIJReportGen.Pdf;

/// <summary>The catalog's /Dests dictionary: each name (anchors, outline entries) to a page and the point at the top of its target.</summary>
internal sealed class NamedDestinations
{
    private readonly List<(string Name, string Destination)> _entries = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>Adds a destination; a name given twice keeps its first place, as a browser jumps to the first id.</summary>
    public void Add(string name, int page, SKPoint point, float pageHeight)
    {
        if (_names.Add(name))
            _entries.Add((name, "[" + PdfSyntax.Reference(page) + " /XYZ " + PdfSyntax.Number(point.X) + " " + PdfSyntax.Number(pageHeight - point.Y) + " null]"));
    }

    public int Write(PdfFile file)
    {
        var dictionary = new StringBuilder("<<");
        foreach (var (name, destination) in _entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            dictionary.Append(PdfSyntax.Name(name)).Append(' ').Append(destination).Append(' ');
        return file.Write(dictionary.Append(">>").ToString());
    }
}
