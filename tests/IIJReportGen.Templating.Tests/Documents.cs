using System.Xml.Linq;
using IIJReportGen.Xbrl;
using IIJReportGen.Xbrl.Tdnet;

namespace IIJReportGen.Templating.Tests;

/// <summary>The bundled documents rendered once from the bundled dataset and templates, as XHTML and as plain text.</summary>
internal static class Documents
{
    private static readonly Lazy<RenderResult> TseSummaryResult = new(() => Render("tse-summary"));
    private static readonly Lazy<RenderResult> PressReleaseResult = new(() => Render("press-release"));
    private static readonly Lazy<RenderResult> TanshinResult = new(() => Render("tanshin"));

    public static RenderResult TseSummary => TseSummaryResult.Value;

    public static RenderResult PressRelease => PressReleaseResult.Value;

    /// <summary>The Japanese Tanshin summary, the TDnet summary in Japanese.</summary>
    public static RenderResult Tanshin => TanshinResult.Value;

    private static readonly Lazy<TdnetSummary> SummaryValue = new(() =>
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        var summary = TdnetSummary.Load(new XbrlVocabulary(Datasets.Bundled), file => DocumentRenderer.Read(new TemplateFiles(RepositoryPaths.Templates), file), diagnostics);
        Assert.True(summary is not null, string.Join("\n", diagnostics));
        return summary!;
    });

    /// <summary>The bundled dataset's TDnet summary, with the repository's form.</summary>
    public static TdnetSummary Summary => SummaryValue.Value;

    /// <summary>A one-paragraph dataset text as the documents write it (references expanded), in plain text.</summary>
    public static string Text(Dataset.Measures.ReportModel model, string key)
    {
        using var templates = new ScratchTemplates("<html {{ namespaces }}><body><p>{{ text \"" + key + "\" }}</p></body></html>");
        var result = templates.Render(model, new RenderOptions(InlineXbrl: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return XDocument.Parse(result.Xhtml).Root!.Value;
    }

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
            .Select(e => Collapse(Text(e)))
            .ToList();
    }

    /// <summary>The text of an element: inline elements (spans, links, Inline XBRL tags) run into their neighbours, blocks and cells are apart.</summary>
    private static string Text(XElement element) => string.Concat(element.Nodes().Select(n => n switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "span" or "a" or "b" or "strong" or "em" or "i" or "sup" or "sub" } inline => Text(inline),
        XElement child when child.Name.Namespace == IIJReportGen.Xhtml.XhtmlNamespaces.InlineXbrl => Text(child),
        XElement child => " " + Text(child) + " ",
        _ => "",
    }));

    private static string Collapse(string text) => string.Join(" ", text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
