using System.Collections.Concurrent;

namespace IIJReportGen.Templating;

/// <summary>What is worked out from a template's text alone, kept for the life of the process: the documents of a build and
/// every dataset of a batch share it. One entry a template name, with the text it came from: a file whose text changed
/// (watch, preview) is worked out again and replaces it, so the cache holds one value a file.</summary>
/// <remarks>Safe to ask from several threads; two asking at once for a new text may both work it out (the same value).</remarks>
internal sealed class TemplateCache<T>(Func<string, string, T> make)
{
    private readonly ConcurrentDictionary<string, (string Text, T Value)> _values = new(StringComparer.Ordinal);

    /// <summary>The value for the template named <paramref name="name"/> (as findings name it) whose text is <paramref name="text"/>.</summary>
    public T Of(string name, string text)
    {
        if (_values.TryGetValue(name, out var known) && string.Equals(known.Text, text, StringComparison.Ordinal))
            return known.Value;
        var value = make(name, text);
        _values[name] = (text, value);
        return value;
    }
}
