using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Validation;

/// <summary>A total line and the lines that add up to it (with their weights) in one table.</summary>
internal sealed record Footing(TableLine Total, IReadOnlyList<TableLine> Parts)
{
    /// <summary>Every total of a table with its parts, in line order.</summary>
    public static IEnumerable<Footing> Of(IReadOnlyList<TableLine> lines)
    {
        foreach (var total in lines.Where(l => l.Id is not null && l.Concept is not null))
        {
            var parts = lines.Where(l => l.Parent == total.Id && l.Concept is not null).ToList();
            if (parts.Count > 0)
                yield return new Footing(total, parts);
        }
    }

    /// <summary>"A + B - C" for messages.</summary>
    public string Formula => string.Join(" ", Parts.Select((p, i) => (p.Weight < 0 ? "- " : i == 0 ? "" : "+ ") + p.Concept));
}
