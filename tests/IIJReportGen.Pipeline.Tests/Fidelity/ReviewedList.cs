namespace IIJReportGen.Pipeline.Tests.Fidelity;

/// <summary>One reviewed entry: an item of the seed the PDFs do not reproduce, how often, and why.</summary>
internal sealed record ReviewedItem(string Item, int Missing, string Kind, string Reason, int Line);

/// <summary>Reads Fidelity/unreproduced-*.tsv: item, count missing, kind (erratum | garbled | deliberate), reason; '#' lines are comments.</summary>
internal static class ReviewedList
{
    public static readonly string[] Kinds = ["erratum", "garbled", "deliberate"];

    public static string PathOf(string name) => Path.Combine(Dataset.Tests.RepositoryPaths.Root, "tests", "IIJReportGen.Pipeline.Tests", "Fidelity", name);

    public static List<ReviewedItem> Read(string name) =>
        File.ReadAllLines(PathOf(name))
            .Select((text, index) => (text, line: index + 1))
            .Where(l => l.text.Length > 0 && !l.text.StartsWith('#'))
            .Select(l => l.text.Split('\t') is [var item, var missing, var kind, var reason]
                ? new ReviewedItem(item, int.Parse(missing, System.Globalization.CultureInfo.InvariantCulture), kind, reason, l.line)
                : throw new FormatException($"{name}:{l.line}: expected 4 tab-separated columns"))
            .ToList();

    /// <summary>The lines to paste into the list when the measured items change (reason left for the reviewer).</summary>
    public static string Draft(IReadOnlyDictionary<string, int> missing, IEnumerable<ReviewedItem> reviewed)
    {
        var known = reviewed.GroupBy(r => r.Item).ToDictionary(g => g.Key, g => g.First());
        return string.Join("\n", missing.Select(m => known.TryGetValue(m.Key, out var r)
            ? $"{m.Key}\t{m.Value}\t{r.Kind}\t{r.Reason}"
            : $"{m.Key}\t{m.Value}\t?\t?"));
    }
}
