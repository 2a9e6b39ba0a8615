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

    // Filled anew for each element (a resolver cascades one element at a time): a list, an iterator and a set of classes
    // per element were most of the cascade's garbage.
    private readonly List<int> _candidates = [];
    private readonly List<StyleRule> _matching = [];

    /// <summary>The rules whose selector matches <paramref name="element"/>, in the stylesheet's order.</summary>
    /// <remarks>The list is this index's own, refilled by the next call: read it before asking again.</remarks>
    public IReadOnlyList<StyleRule> Matching(MarkupElement element)
    {
        var candidates = _candidates;
        candidates.Clear();
        candidates.AddRange(_universal);
        if (element.Attribute("id") is { } id && _byId.TryGetValue(id, out var byId))
            candidates.AddRange(byId);
        var classes = element.Classes;
        for (var c = 0; c < classes.Count; c++)
        {
            if (!Repeats(classes, c) && _byClass.TryGetValue(classes[c], out var byClass))
                candidates.AddRange(byClass);
        }
        if (_byElement.TryGetValue(element.Name, out var byElement))
            candidates.AddRange(byElement);
        candidates.Sort();
        _matching.Clear();
        foreach (var i in candidates)
        {
            if (_rules[i].Selector.Matches(element))
                _matching.Add(_rules[i]);
        }
        return _matching;
    }

    /// <summary>True when the class at <paramref name="index"/> is also written before it (its rules are already in).</summary>
    private static bool Repeats(IReadOnlyList<string> classes, int index)
    {
        for (var k = 0; k < index; k++)
            if (classes[k] == classes[index])
                return true;
        return false;
    }

    private static List<int> Bucket(Dictionary<string, List<int>> buckets, string key)
    {
        if (!buckets.TryGetValue(key, out var bucket))
            buckets[key] = bucket = [];
        return bucket;
    }
}
