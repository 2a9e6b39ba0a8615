using System.Diagnostics.CodeAnalysis;

namespace IIJReportGen.Markup;

/// <summary>An element's attributes in the order written, found by a scan: an element has a few, and a dictionary per
/// element (its object, buckets and entries) was a good part of the tree's garbage.</summary>
internal sealed class ElementAttributes(KeyValuePair<string, string>[] pairs) : IReadOnlyDictionary<string, string>
{
    public static readonly ElementAttributes None = new([]);

    public int Count => pairs.Length;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No attribute '{key}'.");

    public IEnumerable<string> Keys => pairs.Select(p => p.Key);

    public IEnumerable<string> Values => pairs.Select(p => p.Value);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        foreach (var pair in pairs)
            if (pair.Key == key)
            {
                value = pair.Value;
                return true;
            }
        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)pairs).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
