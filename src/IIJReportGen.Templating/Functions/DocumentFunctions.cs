using IIJReportGen.Templating.InlineXbrl;
using IIJReportGen.Templating.Rendering;
using IIJReportGen.Xbrl;
using Scriban;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Templating.Functions;

/// <summary>Helpers for the document's frame: the root element's namespaces and, in an Inline XBRL document, where its ix:header goes.</summary>
internal sealed class DocumentFunctions(RenderSession session) : TemplateFunctions
{
    /// <summary>The namespace declarations of the html element: XHTML, plus Inline XBRL's and our taxonomy's when the document is tagged.</summary>
    public Markup Namespaces() =>
        new(session.InlineFacts?.NamespaceDeclarations ?? $"xmlns=\"{XhtmlNamespaces.Xhtml}\"");

    /// <summary>Marks where the ix:header goes (first thing in the body); it is written once every tagged fact is known.</summary>
    public Markup IxHeader(TemplateContext context) =>
        session.InlineFacts is not null
            ? new Markup(InlineFacts.HeaderPlaceholder)
            : throw session.Error(context, $"ix_header is only for an Inline XBRL document ('{session.Document}' is rendered without tags).",
                "Remove ix_header from this template, or render with Inline XBRL.");
}
