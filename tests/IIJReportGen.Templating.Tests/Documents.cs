using System.Xml.Linq;

namespace IIJReportGen.Templating.Tests;

/// <summary>The bundled documents rendered once from the bundled dataset and templates, as XHTML and as plain text.</summary>
internal static class Documents
{
    private static readonly Lazy<RenderResult> TseSummaryResult = new(() => Render("tse-summary"));
    private static readonly Lazy<RenderResult> PressReleaseResult = new(() => Render("press-release"));

    public static RenderResult TseSummary => TseSummaryResult.Value;

    public static RenderResult PressRelease => PressReleaseResult.Value;

    public static RenderResult Render(string document)
    {
        var result = DocumentRenderer.Render(Datasets.Bundled, RepositoryPaths.Templates, document);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>The visible text of a document, one line per block element, spaces collapsed (the hidden ix:header left out).</summary>
    public static IReadOnlyList<string> Lines(RenderResult result)
    {
        var root = XDocument.Parse(result.Xhtml).Root!;
        var blocks = new[] { "p", "h1", "h2", "h3", "h4", "li", "tr", "td" };
        return root.Descendants()
            .Where(e => blocks.Contains(e.Name.LocalName) && !e.Ancestors().Any(a => a.Name.LocalName is "div" && (string?)a.Attribute("style") == "display:none"))
            .Where(e => e.Name.LocalName != "td" || e.Parent?.Name.LocalName != "tr")
            .Select(e => Collapse(string.Join(" ", e.DescendantNodes().OfType<XText>().Select(t => t.Value))))
            .ToList();
    }

    private static string Collapse(string text) => string.Join(" ", text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
