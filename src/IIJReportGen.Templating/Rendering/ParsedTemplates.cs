using Scriban;

namespace IIJReportGen.Templating.Rendering;

/// <summary>Templates parsed once per process: the documents of a build and every dataset of a batch render the same parsed
/// template (a parsed Scriban template is not changed by rendering, so several renderings, on several threads, may share it).</summary>
internal static class ParsedTemplates
{
    private static readonly TemplateCache<Template> Parsed = new((name, text) => Template.Parse(text, name));

    /// <summary>The template parsed from <paramref name="text"/>, named <paramref name="name"/> in its spans (and findings).</summary>
    public static Template Of(string name, string text) => Parsed.Of(name, text);
}
