using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout;

/// <summary>The result of pagination: pages ready to paint, the outline, and what went wrong on the way.</summary>
public sealed class LaidOutDocument(IReadOnlyList<LaidOutPage> pages, IReadOnlyList<OutlineEntry> outline, DiagnosticBag diagnostics)
{
    public IReadOnlyList<LaidOutPage> Pages { get; } = pages;

    public IReadOnlyList<OutlineEntry> Outline { get; } = outline;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The faces used by glyph runs, in first-use order, with every code point each one shows.</summary>
    public IReadOnlyList<(FontFace Face, IReadOnlyCollection<int> Codepoints)> UsedFonts()
    {
        var order = new List<FontFace>();
        var sets = new Dictionary<FontFace, SortedSet<int>>();
        foreach (var run in Pages.SelectMany(p => p.Operations).OfType<GlyphRun>())
        {
            if (!sets.TryGetValue(run.Face, out var set))
            {
                set = [];
                sets.Add(run.Face, set);
                order.Add(run.Face);
            }
            for (var i = 0; i < run.Text.Length; i += char.IsSurrogatePair(run.Text, i) ? 2 : 1)
                set.Add(char.ConvertToUtf32(run.Text, i));
        }
        return order.Select(face => (face, (IReadOnlyCollection<int>)sets[face])).ToList();
    }
}
