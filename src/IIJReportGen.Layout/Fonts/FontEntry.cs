namespace IIJReportGen.Layout;

/// <summary>A face found in a font file but not loaded yet: enough to choose it by family and style, and to name it.</summary>
/// <remarks><see cref="Source"/> is a name that is the same on every machine (<c>fonts/&lt;file&gt;</c> for a bundled font,
/// <c>fontconfig:&lt;PostScript name&gt;</c> for an installed one); <see cref="Families"/> holds every family name the font carries, in every language.</remarks>
internal sealed record FontEntry(string Source, FontBytes Bytes, int Index, IReadOnlyList<string> Families, int Weight, bool Italic)
{
    public bool IsFamily(string family) => Families.Contains(family, StringComparer.OrdinalIgnoreCase);

    /// <summary>The face of <paramref name="candidates"/> that CSS font matching picks for a weight and slant.</summary>
    /// <remarks>The slant first (a true italic over an upright one), then the weight: for 400–500 the weights up to 500, then lighter,
    /// then heavier; below 400 lighter first; above 500 heavier first (CSS Fonts 4, §5.2).</remarks>
    public static FontEntry? Best(IEnumerable<FontEntry> candidates, int weight, bool italic) =>
        candidates
            .OrderBy(e => e.Italic == italic ? 0 : 1)
            .ThenBy(e => WeightRank(e.Weight, weight))
            .ThenBy(e => e.Source, StringComparer.Ordinal)
            .FirstOrDefault();

    private static int WeightRank(int available, int wanted)
    {
        var distance = Math.Abs(available - wanted);
        if (distance == 0)
            return 0;
        if (wanted is >= 400 and <= 500)
            return available > wanted && available <= 500 ? 1_000 + distance : available < wanted ? 2_000 + distance : 3_000 + distance;
        return (available > wanted) == (wanted > 500) ? 1_000 + distance : 2_000 + distance;
    }
}
