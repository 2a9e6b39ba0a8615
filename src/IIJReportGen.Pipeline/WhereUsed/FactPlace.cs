using IIJReportGen.Layout;
using IIJReportGen.Templating;
using SkiaSharp;

namespace IIJReportGen.Pipeline;

/// <summary>Where a built document shows a fact: page, section (the heading in force there), table, the fact use (the text
/// shown, the template line) and the area of the page it is drawn in; no page when the document does not draw it.</summary>
public sealed record FactPlace(string Document, int? Page, string? Section, string? Table, FactUse Use, SKRect? Area = null);

/// <summary>Where a document draws its fact uses — read, not searched for: the renderer marked the text of each use (mark
/// <c>i</c> is <c>FactUses[i]</c>), and the layout recorded on which page and where each mark is drawn.</summary>
public static class FactPlaces
{
    public static IEnumerable<FactPlace> Of(BuiltDocument document)
    {
        var layout = document.Layout;
        var drawn = FirstPages(layout);
        for (var use = 0; use < document.FactUses.Count; use++)
        {
            var fact = document.FactUses[use];
            yield return drawn.TryGetValue(use, out var at)
                ? new FactPlace(document.Name, at.Page + 1, layout.HeadingAt(at.Page, at.Area.Top)?.Title, fact.Table, fact, at.Area)
                : new FactPlace(document.Name, null, null, fact.Table, fact);
        }
    }

    /// <summary>Per mark, the first page that draws it and the area it takes there (a use wrapped over lines takes several).</summary>
    private static Dictionary<int, (int Page, SKRect Area)> FirstPages(LaidOutDocument layout)
    {
        var drawn = new Dictionary<int, (int Page, SKRect Area)>();
        for (var page = 0; page < layout.Pages.Count; page++)
        {
            foreach (var placement in layout.Pages[page].Placements)
            {
                if (!drawn.TryGetValue(placement.Mark, out var known))
                    drawn[placement.Mark] = (page, placement.Bounds);
                else if (known.Page == page)
                    drawn[placement.Mark] = (page, SKRect.Union(known.Area, placement.Bounds));
            }
        }
        return drawn;
    }
}
