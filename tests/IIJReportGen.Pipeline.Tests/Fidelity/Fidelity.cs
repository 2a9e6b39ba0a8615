namespace IIJReportGen.Pipeline.Tests.Fidelity;

/// <summary>How much of the seed two built PDFs reproduce: figures and sentences, each counted with multiplicity.</summary>
internal sealed record Fidelity(
    int FiguresTotal,
    IReadOnlyDictionary<string, int> MissingFigures,
    int SentencesTotal,
    IReadOnlyDictionary<string, int> MissingSentences)
{
    public int FiguresReproduced => FiguresTotal - MissingFigures.Values.Sum();

    public int SentencesReproduced => SentencesTotal - MissingSentences.Values.Sum();

    /// <summary>Seed items the PDFs lack: a seed figure counts as reproduced as often as the PDFs show it (multiset
    /// intersection); a sentence as often as it occurs, whole and normalised, in a PDF's text.</summary>
    public static Fidelity Measure(string seed, IReadOnlyList<string> pdfTexts)
    {
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (figure, count) in pdfTexts.SelectMany(t => SeedText.Figures(t)))
            shown[figure] = shown.GetValueOrDefault(figure) + count;
        var seedFigures = SeedText.Figures(seed);
        var missingFigures = Missing(seedFigures, f => shown.GetValueOrDefault(f));

        var normalised = pdfTexts.Select(SeedText.Normalise).ToList();
        var seedSentences = SeedText.Sentences(seed).GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missingSentences = Missing(seedSentences, s => normalised.Sum(t => Occurrences(t, s)));

        return new Fidelity(seedFigures.Values.Sum(), missingFigures, seedSentences.Values.Sum(), missingSentences);
    }

    private static SortedDictionary<string, int> Missing(Dictionary<string, int> seed, Func<string, int> shown)
    {
        var missing = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (item, count) in seed)
            if (count - Math.Min(count, shown(item)) is > 0 and var lack)
                missing[item] = lack;
        return missing;
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}
