using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout;

/// <summary>What elements may know while laying out: the typesetter, the page being filled and the document's outline.</summary>
public sealed class LayoutContext
{
    private readonly List<OutlineEntry> _outline = [];

    internal LayoutContext(Typesetter typesetter, bool tagged) => (Typesetter, Tagged) = (typesetter, tagged);

    public Typesetter Typesetter { get; }

    /// <summary>Whether elements mark structure of their own making (links) for a tagged PDF.</summary>
    public bool Tagged { get; }

    /// <summary>1-based number of the page being laid out.</summary>
    public int PageNumber { get; internal set; }

    /// <summary>The page count, known once the content is paginated (header and footer bands are drawn last).</summary>
    public int? TotalPages { get; internal set; }

    /// <summary>Where the content that could not be placed comes from: the innermost <see cref="Located"/> element whose measure wrapped.</summary>
    public SourceLocation? Unplaceable { get; internal set; }

    /// <summary>Set when a page would otherwise stay empty: keep-together, keep-with-next and widow rules give way, and table rows may split.</summary>
    public bool Relaxed { get; internal set; }

    internal IReadOnlyList<OutlineEntry> Outline => _outline;

    /// <summary>Where this document's glyph runs keep their glyphs, positions and clusters.</summary>
    internal GlyphBuffer Glyphs { get; } = new();

    /// <summary>What this document's glyph runs are drawn with, one shared instance per combination.</summary>
    internal RunStyle.Set RunStyles { get; } = new();

    /// <summary>The code points each face shows, added as runs are painted: the document's font subsets.</summary>
    internal FaceCodepoints Codepoints { get; } = new();

    /// <summary>Registers a bookmark at <paramref name="top"/> on the current page and returns the destination name to place there.</summary>
    public string AddOutlineEntry(string title, int level, float top)
    {
        var destination = "outline-" + (_outline.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _outline.Add(new OutlineEntry(title, level, destination, PageNumber - 1, top));
        return destination;
    }
}
