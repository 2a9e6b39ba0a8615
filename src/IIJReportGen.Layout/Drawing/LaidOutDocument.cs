using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout;

/// <summary>The result of pagination: pages ready to paint, the outline, and what went wrong on the way.</summary>
public sealed class LaidOutDocument(IReadOnlyList<LaidOutPage> pages, IReadOnlyList<OutlineEntry> outline, DiagnosticBag diagnostics)
{
    public IReadOnlyList<LaidOutPage> Pages { get; } = pages;

    public IReadOnlyList<OutlineEntry> Outline { get; } = outline;

    /// <summary>The heading in force at <paramref name="top"/> on a page: the last outline entry placed at or above it.</summary>
    public OutlineEntry? HeadingAt(int pageIndex, float top) =>
        Outline.LastOrDefault(h => h.PageIndex < pageIndex || h.PageIndex == pageIndex && h.Top <= top + Size.Epsilon);

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Laid out for a tagged PDF (<see cref="DocumentSettings.Tagged"/>): the pages' structure marks form the structure tree.</summary>
    public bool Tagged { get; init; }

    /// <summary>Every face the layout set text in (glyphs drawn or only line metrics), in first-use order: the fonts the document depends on.</summary>
    public IReadOnlyList<FontFace> Fonts { get; init; } = [];

    /// <summary>The faces used by glyph runs, in first-use order, with every code point each one shows.</summary>
    public IReadOnlyList<(FontFace Face, IReadOnlyCollection<int> Codepoints)> UsedFonts()
    {
        var order = new List<FontFace>();
        var sets = new Dictionary<FontFace, CodepointSet>();
        foreach (var page in Pages)
        {
            foreach (var operation in page.Operations)
            {
                if (operation is not GlyphRun run)
                    continue;
                if (!sets.TryGetValue(run.Face, out var set))
                {
                    set = new CodepointSet();
                    sets.Add(run.Face, set);
                    order.Add(run.Face);
                }
                set.AddAll(run.Text);
            }
        }
        return order.Select(face => (face, sets[face].ToSorted())).ToList();
    }
}
