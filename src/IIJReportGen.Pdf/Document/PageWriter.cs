using IIJReportGen.Layout;

namespace IIJReportGen.Pdf;

/// <summary>Writes one laid-out page: its operations replayed into a content stream (marked for the structure tree when the document is tagged), its links as annotations, and the page object.</summary>
internal static class PageWriter
{
    public static void Write(PdfFile file, LaidOutPage page, int number, PageTree pages, PageResources resources, NamedDestinations destinations, StructureTree? structure, ContentBytes buffer)
    {
        var height = page.Size.Height;
        var content = new ContentStream(height, resources, buffer);
        var marks = new MarkedContent(content, structure, number);
        var annotations = new List<int>();
        foreach (var operation in page.Operations)
        {
            switch (operation)
            {
                case BeginStructure begin:
                    marks.Begin(begin.Element);
                    break;
                case EndStructure:
                    marks.End();
                    break;
                case BeginArtifact artifact:
                    marks.BeginArtifact(artifact.Kind);
                    break;
                case EndArtifact:
                    marks.EndArtifact();
                    break;
                case UrlLink or DestinationLink:
                    annotations.Add(Annotation(file, operation, number, height, marks.AnnotationOwner, structure));
                    break;
                case NamedDestination destination:
                    destinations.Add(destination.Name, number, destination.Point, height);
                    break;
                default:
                    marks.Before(operation);
                    Draw(content, operation);
                    break;
            }
        }
        var structParents = marks.Finish() is { } key ? " /StructParents " + PdfSyntax.Integer(key) + " /Tabs /S" : "";
        var contents = file.WriteCompressed("", content.ToBytes());
        var annots = annotations.Count == 0 ? "" : " /Annots [" + string.Join(' ', annotations.Select(PdfSyntax.Reference)) + "]";
        file.Write(number, "<</Type /Page /Parent " + PdfSyntax.Reference(pages.Root) + " /MediaBox [0 0 " + PdfSyntax.Number(page.Size.Width) + " "
            + PdfSyntax.Number(height) + "] /Resources " + PdfSyntax.Reference(resources.Number) + " /Contents " + PdfSyntax.Reference(contents)
            + annots + structParents + ">>");
    }

    private static void Draw(ContentStream content, DrawOperation operation)
    {
        switch (operation)
        {
            case GlyphRun run:
                content.Show(run);
                break;
            case FilledRectangle rectangle:
                content.Fill(rectangle);
                break;
            case FilledPath shape:
                content.Fill(shape);
                break;
            case StrokedLine line:
                content.Stroke(line);
                break;
            case PlacedImage image:
                content.Draw(image);
                break;
        }
    }

    /// <summary>A link annotation; in a tagged document, a kid of its Link element (OBJR) described by the text it shows.</summary>
    private static int Annotation(PdfFile file, DrawOperation link, int page, float height, (StructureTree.Node Node, string Text)? owner, StructureTree? structure)
    {
        if (structure is null || owner is not { } tagged)
            return LinkAnnotations.Write(file, file.Reserve(), link, page, height, "");
        var number = file.Reserve();
        var key = structure.AddAnnotation(tagged.Node, number, page);
        var contents = tagged.Text.Trim() is { Length: > 0 } text ? text : LinkAnnotations.Target(link);
        return LinkAnnotations.Write(file, number, link, page, height, " /StructParent " + PdfSyntax.Integer(key) + " /Contents " + PdfSyntax.Text(contents));
    }
}
