using System.Text.RegularExpressions;

namespace IIJReportGen.Review.Alignment;

/// <summary>Whether a run of words is in both texts, only the old (deleted) or only the new (inserted).</summary>
public enum RedlineKind
{
    Same,
    Deleted,
    Inserted,
}

/// <summary>A run of words of one kind, joined by single spaces.</summary>
public sealed record RedlineSegment(RedlineKind Kind, string Text);

/// <summary>A word-level redline of two texts: the words deleted and inserted, in reading order.</summary>
public static partial class Redline
{
    /// <summary>The words of a text: runs of non-space characters, so "6.4%" and "JPY54,397" change as a whole.</summary>
    public static IReadOnlyList<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value).ToList();

    /// <summary>The segments of the redline from <paramref name="oldText"/> to <paramref name="newText"/>; deletions come before insertions at one place.</summary>
    public static IReadOnlyList<RedlineSegment> Of(string oldText, string newText)
    {
        var oldWords = Words(oldText);
        var newWords = Words(newText);
        var segments = new List<RedlineSegment>();
        var deleted = new List<string>();
        var inserted = new List<string>();
        var same = new List<string>();
        foreach (var pair in SequenceAlignment.Align(oldWords.Count, newWords.Count, (i, j) => oldWords[i] == newWords[j]))
        {
            if (pair.IsMatch)
            {
                Flush(segments, RedlineKind.Deleted, deleted);
                Flush(segments, RedlineKind.Inserted, inserted);
                same.Add(oldWords[pair.Old!.Value]);
                continue;
            }
            Flush(segments, RedlineKind.Same, same);
            if (pair.Old is { } old)
                deleted.Add(oldWords[old]);
            else
                inserted.Add(newWords[pair.New!.Value]);
        }
        Flush(segments, RedlineKind.Same, same);
        Flush(segments, RedlineKind.Deleted, deleted);
        Flush(segments, RedlineKind.Inserted, inserted);
        return segments;
    }

    /// <summary>The share of words two texts have in common (0 to 1), to tell an edited sentence from an unrelated one.</summary>
    public static double Similarity(string oldText, string newText)
    {
        var oldWords = Words(oldText);
        var newWords = Words(newText);
        if (oldWords.Count + newWords.Count == 0)
            return 1;
        var common = SequenceAlignment.Align(oldWords.Count, newWords.Count, (i, j) => oldWords[i] == newWords[j]).Count(p => p.IsMatch);
        return 2.0 * common / (oldWords.Count + newWords.Count);
    }

    /// <summary>The text with runs of white space collapsed to one space and trimmed, as a reader sees it.</summary>
    public static string Normalize(string text) => string.Join(' ', Words(text));

    private static void Flush(List<RedlineSegment> segments, RedlineKind kind, List<string> words)
    {
        if (words.Count == 0)
            return;
        segments.Add(new RedlineSegment(kind, string.Join(' ', words)));
        words.Clear();
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordPattern();
}
