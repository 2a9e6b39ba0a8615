namespace IIJReportGen.Review.Alignment;

/// <summary>One step of an alignment: an item kept in both sequences, or only in the old or only in the new one.</summary>
public readonly record struct AlignedPair(int? Old, int? New)
{
    public bool IsMatch => Old is not null && New is not null;
}

/// <summary>Aligns two sequences by their longest common subsequence (the classic diff).</summary>
public static class SequenceAlignment
{
    /// <summary>The alignment of old[0..oldCount) and new[0..newCount) where <paramref name="same"/> says two items match, in order.</summary>
    /// <remarks>Common prefix and suffix are matched first so the quadratic table only covers the changed middle.</remarks>
    public static IReadOnlyList<AlignedPair> Align(int oldCount, int newCount, Func<int, int, bool> same)
    {
        var prefix = 0;
        while (prefix < oldCount && prefix < newCount && same(prefix, prefix))
            prefix++;
        var suffix = 0;
        while (suffix < oldCount - prefix && suffix < newCount - prefix && same(oldCount - 1 - suffix, newCount - 1 - suffix))
            suffix++;
        var result = new List<AlignedPair>(Math.Max(oldCount, newCount));
        for (var i = 0; i < prefix; i++)
            result.Add(new AlignedPair(i, i));
        AlignMiddle(prefix, oldCount - suffix, prefix, newCount - suffix, same, result);
        for (var i = suffix; i > 0; i--)
            result.Add(new AlignedPair(oldCount - i, newCount - i));
        return result;
    }

    private static void AlignMiddle(int oldStart, int oldEnd, int newStart, int newEnd, Func<int, int, bool> same, List<AlignedPair> result)
    {
        var rows = oldEnd - oldStart;
        var columns = newEnd - newStart;
        // lengths[i, j]: LCS length of old[i..] and new[j..], so the walk below runs forward.
        var lengths = new int[rows + 1, columns + 1];
        for (var i = rows - 1; i >= 0; i--)
            for (var j = columns - 1; j >= 0; j--)
                lengths[i, j] = same(oldStart + i, newStart + j)
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
        int x = 0, y = 0;
        while (x < rows && y < columns)
        {
            if (same(oldStart + x, newStart + y))
            {
                result.Add(new AlignedPair(oldStart + x++, newStart + y++));
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                result.Add(new AlignedPair(oldStart + x++, null));
            }
            else
            {
                result.Add(new AlignedPair(null, newStart + y++));
            }
        }
        while (x < rows)
            result.Add(new AlignedPair(oldStart + x++, null));
        while (y < columns)
            result.Add(new AlignedPair(null, newStart + y++));
    }

    /// <summary>
    /// The alignment with the unmatched items of each gap between matches paired up in order
    /// (the first deleted with the first inserted …): a changed item shows as one change, not a deletion plus an insertion.
    /// </summary>
    /// <remarks><paramref name="alike"/> decides whether an old and a new item are similar enough to pair; others stay deleted/inserted.</remarks>
    public static IReadOnlyList<AlignedPair> AlignPairingGaps(int oldCount, int newCount, Func<int, int, bool> same, Func<int, int, bool> alike)
    {
        var aligned = Align(oldCount, newCount, same);
        var result = new List<AlignedPair>(aligned.Count);
        var gap = new List<AlignedPair>();
        // A sentinel match at the end flushes the last gap; it is not itself added.
        foreach (var pair in aligned.Append(new AlignedPair(-1, -1)))
        {
            if (!pair.IsMatch)
            {
                gap.Add(pair);
                continue;
            }
            PairGap(gap, alike, result);
            gap.Clear();
            if (pair.Old >= 0)
                result.Add(pair);
        }
        return result;
    }

    private static void PairGap(List<AlignedPair> gap, Func<int, int, bool> alike, List<AlignedPair> result)
    {
        var deleted = new Queue<int>(gap.Where(p => p.Old is not null).Select(p => p.Old!.Value));
        var inserted = new Queue<int>(gap.Where(p => p.New is not null).Select(p => p.New!.Value));
        while (deleted.Count > 0 && inserted.Count > 0)
        {
            if (alike(deleted.Peek(), inserted.Peek()))
                result.Add(new AlignedPair(deleted.Dequeue(), inserted.Dequeue()));
            else if (deleted.Count >= inserted.Count)
                result.Add(new AlignedPair(deleted.Dequeue(), null));
            else
                result.Add(new AlignedPair(null, inserted.Dequeue()));
        }
        foreach (var old in deleted)
            result.Add(new AlignedPair(old, null));
        foreach (var added in inserted)
            result.Add(new AlignedPair(null, added));
    }

    /// <summary>The keys of both lists once each, in an order that respects both (old-only keys where they stood).</summary>
    public static IEnumerable<string> MergeKeys(IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        Align(before.Count, after.Count, (i, j) => before[i] == after[j])
            .Select(p => p.New is { } n ? after[n] : before[p.Old!.Value]);
}
