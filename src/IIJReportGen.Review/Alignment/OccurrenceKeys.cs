namespace IIJReportGen.Review.Alignment;

/// <summary>Names made unique by their occurrence ("Total", "Total#2"), so repeated labels align one to one.</summary>
public static class OccurrenceKeys
{
    public static List<string> Of(IEnumerable<string> names)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return names.Select(name =>
        {
            var count = seen[name] = seen.GetValueOrDefault(name) + 1;
            return count == 1 ? name : $"{name}#{count}";
        }).ToList();
    }
}
