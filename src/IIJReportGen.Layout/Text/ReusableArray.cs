namespace IIJReportGen.Layout;

/// <summary>Hands what a thread's working list gathered over to a caller's array that is reused from one call to the next
/// (a paragraph's setting keeps its arrays of pieces and lines).</summary>
internal static class ReusableArray
{
    /// <summary>Copies <paramref name="items"/> into <paramref name="into"/> (replaced by a larger array when it is too small),
    /// empties the list for its next use and returns how many were copied.</summary>
    public static int MoveInto<T>(List<T> items, ref T[] into)
    {
        var count = items.Count;
        if (into.Length < count)
            into = new T[count];
        items.CopyTo(into);
        items.Clear();
        return count;
    }
}
