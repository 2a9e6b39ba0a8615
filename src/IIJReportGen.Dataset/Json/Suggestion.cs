namespace IIJReportGen.Dataset.Json;

/// <summary>"Did you mean …?" suggestions by edit distance, for misspelt names.</summary>
public static class Suggestion
{
    /// <summary>The closest candidate within a small edit distance, or null.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        var allowed = Math.Max(2, name.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>A hint sentence for the closest candidate, or a list of what is allowed.</summary>
    public static string Hint(string name, IReadOnlyCollection<string> candidates, string kind)
    {
        var closest = Closest(name, candidates);
        if (closest is not null)
            return $"Did you mean '{closest}'?";
        var shown = candidates.Order(StringComparer.Ordinal).Take(12).ToList();
        var more = candidates.Count > shown.Count ? ", …" : "";
        return $"Known {kind}: {string.Join(", ", shown)}{more}.";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
