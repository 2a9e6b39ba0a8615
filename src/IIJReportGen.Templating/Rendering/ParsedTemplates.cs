using System.Collections.Concurrent;
using Scriban;

namespace IIJReportGen.Templating.Rendering;

/// <summary>Templates parsed once per process: the documents of a build and every dataset of a batch render the same parsed
/// template (a parsed Scriban template is not changed by rendering, so several renderings, on several threads, may share it).</summary>
/// <remarks>One entry a template name, with the text it was parsed from: a file whose text changed (watch, preview) is parsed
/// again and replaces it, so the cache holds one template a file.</remarks>
internal static class ParsedTemplates
{
    private static readonly ConcurrentDictionary<string, (string Text, Template Template)> Parsed = new(StringComparer.Ordinal);

    /// <summary>The template parsed from <paramref name="text"/>, named <paramref name="name"/> in its spans (and findings).</summary>
    public static Template Of(string name, string text)
    {
        if (Parsed.TryGetValue(name, out var parsed) && string.Equals(parsed.Text, text, StringComparison.Ordinal))
            return parsed.Template;
        var template = Template.Parse(text, name);
        Parsed[name] = (text, template);
        return template;
    }
}
