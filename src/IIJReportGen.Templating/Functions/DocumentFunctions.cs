using IIJReportGen.Templating.InlineXbrl;
using IIJReportGen.Templating.Rendering;
using IIJReportGen.Xhtml;
using Scriban;

namespace IIJReportGen.Templating.Functions;

/// <summary>Helpers for the document's frame: the root element's namespaces, the link to its stylesheet and, in an Inline
/// XBRL document, where its ix:header goes.</summary>
internal sealed class DocumentFunctions(RenderSession session, FormValues values) : TemplateFunctions
{
    /// <summary>The namespace declarations of the html element: XHTML, plus Inline XBRL's and our taxonomy's when the document is tagged.</summary>
    public Markup Namespaces() =>
        new(session.InlineFacts?.NamespaceDeclarations ?? $"xmlns=\"{XhtmlNamespaces.Xhtml}\"");

    /// <summary>The document's stylesheet, &lt;document&gt;.css beside it: the build writes one beside every copy of the document
    /// (the TDnet package's too, so the package stands alone).</summary>
    public string StylesheetHref() => session.Document + ".css";

    /// <summary>Marks where the ix:header goes (first thing in the body) and tags the form's hidden facts; the header itself is
    /// written once every tagged fact, and so every context, is known.</summary>
    public Markup IxHeader(TemplateContext context)
    {
        if (session.InlineFacts is not { } tags)
            throw session.Error(context, $"ix_header is only for an Inline XBRL document ('{session.Document}' is rendered without tags).",
                "Remove ix_header from this template, or render with Inline XBRL.");
        tags.HideFacts(fact => values.Hidden(context, fact));
        return new Markup(InlineFacts.HeaderPlaceholder);
    }
}
