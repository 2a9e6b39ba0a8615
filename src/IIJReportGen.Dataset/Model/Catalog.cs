using System.Collections;

namespace IIJReportGen.Dataset.Model;

/// <summary>Something named by a key in the dataset (a period, a concept, a table …).</summary>
public interface IKeyed
{
    string Key { get; }
}

/// <summary>Keyed items in document order, with lookup by key.</summary>
/// <remarks>Document order (not hash order) keeps every output deterministic.</remarks>
public sealed class Catalog<T> : IReadOnlyList<T> where T : IKeyed
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public T this[string key] => _byKey[key];

    public IEnumerable<string> Keys => _items.Select(i => i.Key);

    /// <summary>Adds an item; false when the key is taken.</summary>
    public bool TryAdd(T item)
    {
        if (!_byKey.TryAdd(item.Key, item))
            return false;
        _items.Add(item);
        return true;
    }

    public bool Contains(string key) => _byKey.ContainsKey(key);

    public bool TryGet(string key, out T item) => _byKey.TryGetValue(key, out item!);

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
