using IIJReportGen.Layout;

namespace IIJReportGen.Pdf;

/// <summary>Writes laid-out pages as a PDF: subset fonts with ToUnicode maps, compressed content, links, outline and metadata; same input, same bytes.</summary>
public static class PdfRenderer
{
    private const string Version = "1.7";

    /// <summary>Lays out <paramref name="document"/> and writes it; returns the layout (pages, outline, diagnostics such as missing glyphs).</summary>
    public static LaidOutDocument Render(Document document, Stream output, PdfMetadata metadata, IReadOnlyList<PdfAttachment>? attachments = null)
    {
        var laidOut = document.Layout();
        Render(laidOut, output, metadata, attachments);
        return laidOut;
    }

    /// <summary>
    /// Writes an already laid-out document (so the PDF, PNG previews and text rendition share one layout) as PDF/A-3b, and
    /// PDF/UA-1 when it was laid out tagged; <paramref name="attachments"/> are carried inside as associated files.
    /// </summary>
    public static void Render(LaidOutDocument document, Stream output, PdfMetadata metadata, IReadOnlyList<PdfAttachment>? attachments = null)
    {
        var file = new PdfFile(output, Version);
        var resources = new PageResources(file, new FontSet(document, file));
        var pages = new PageTree(file, document.Pages.Count);
        var destinations = new NamedDestinations();
        var structure = document.Tagged ? new StructureTree(file) : null;
        // One buffer for every page's operators: each page's are compressed before the next page is written.
        var buffer = new ContentBytes();
        for (var i = 0; i < document.Pages.Count; i++)
            PageWriter.Write(file, document.Pages[i], pages.Page(i), pages, resources, destinations, structure, buffer);
        pages.Write(file);
        resources.Write();
        resources.Fonts.Write(file);
        var catalog = new List<string> { "/Type /Catalog /Pages " + PdfSyntax.Reference(pages.Root) };
        if (OutlineTree.Write(file, document.Outline) is { } outline)
            catalog.Add("/Outlines " + PdfSyntax.Reference(outline) + " /PageMode /UseOutlines");
        if (!destinations.IsEmpty)
            catalog.Add("/Dests " + PdfSyntax.Reference(destinations.Write(file)));
        if (structure is not null)
        {
            structure.Write();
            catalog.Add("/StructTreeRoot " + PdfSyntax.Reference(structure.Number) + " /MarkInfo <</Marked true>>");
        }
        if (metadata.Language.Length > 0)
            catalog.Add("/Lang " + PdfSyntax.Text(metadata.Language));
        catalog.Add("/ViewerPreferences <</DisplayDocTitle true>>");
        catalog.Add(OutputIntent.Write(file));
        if (AssociatedFiles.Write(file, attachments ?? []) is { Length: > 0 } associated)
            catalog.Add(associated);
        catalog.Add("/Metadata " + PdfSyntax.Reference(DocumentInfo.WriteXmp(file, metadata, Conformance.Xmp(accessible: structure is not null))));
        var info = DocumentInfo.WriteInfo(file, metadata);
        file.Finish(file.Write("<<" + string.Join(' ', catalog) + ">>"), info);
    }
}
