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

    /// <summary>The code points each face shows, gathered by the paginator as it painted the runs; null for a document put
    /// together otherwise, whose runs are then read here.</summary>
    internal FaceCodepoints? Codepoints { get; init; }

    /// <summary>The faces used by glyph runs, in first-use order, with every code point each one shows.</summary>
    public IReadOnlyList<(FontFace Face, IReadOnlyCollection<int> Codepoints)> UsedFonts()
    {
        var gathered = Codepoints ?? Gather();
        // First-use order is the pages' order (header, content, footer), not the painting's: the first pages hold every face as a rule.
        var order = new List<FontFace>(gathered.Count);
        for (var p = 0; p < Pages.Count && order.Count < gathered.Count; p++)
        {
            foreach (var operation in Pages[p].Operations)
            {
                if (operation is GlyphRun run && !order.Contains(run.Face))
                    order.Add(run.Face);
            }
        }
        return order.Select(face => (face, gathered.Of(face))).ToList();
    }

    private FaceCodepoints Gather()
    {
        var gathered = new FaceCodepoints();
        foreach (var page in Pages)
        {
            foreach (var operation in page.Operations)
            {
                if (operation is GlyphRun run)
                    gathered.Add(run.Face, run.Text);
            }
        }
        return gathered;
    }
}
