namespace IIJReportGen.Markup;

/// <summary>
/// A stylesheet's rules filed by the rightmost compound of their selector, as browsers' rule hashes are: under its id, else
/// its first class, else its element name, else with the universal ones. An element then meets only the rules filed under
/// its id, its classes and its name (and the universal ones) instead of every rule, in source order, so the cascade's ties
/// fall exactly as when every rule was tried.
/// </summary>
internal sealed class RuleIndex
{
    private readonly IReadOnlyList<StyleRule> _rules;
    private readonly Dictionary<string, List<int>> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byElement = new(StringComparer.Ordinal);
    private readonly List<int> _universal = [];

    public RuleIndex(IReadOnlyList<StyleRule> rules)
    {
        _rules = rules;
        for (var i = 0; i < rules.Count; i++)
        {
            var key = rules[i].Selector.Compounds[^1];
            var bucket = key.Id is { } id ? Bucket(_byId, id)
                : key.Classes.Count > 0 ? Bucket(_byClass, key.Classes[0])
                : key.Element is { } name ? Bucket(_byElement, name)
                : _universal;
            bucket.Add(i);
        }
    }

    /// <summary>The rules whose selector matches <paramref name="element"/>, in the stylesheet's order.</summary>
    public IEnumerable<StyleRule> Matching(MarkupElement element)
    {
        var candidates = new List<int>(_universal);
        if (element.Attribute("id") is { } id && _byId.TryGetValue(id, out var byId))
            candidates.AddRange(byId);
        foreach (var name in element.Classes.Distinct(StringComparer.Ordinal))
        {
            if (_byClass.TryGetValue(name, out var byClass))
                candidates.AddRange(byClass);
        }
        if (_byElement.TryGetValue(element.Name, out var byElement))
            candidates.AddRange(byElement);
        candidates.Sort();
        foreach (var i in candidates)
        {
            if (_rules[i].Selector.Matches(element))
                yield return _rules[i];
        }
    }

    private static List<int> Bucket(Dictionary<string, List<int>> buckets, string key)
    {
        if (!buckets.TryGetValue(key, out var bucket))
            buckets[key] = bucket = [];
        return bucket;
    }
}
