using IIJReportGen.Layout;

namespace IIJReportGen.Pdf;

/// <summary>Writes one laid-out page: its operations replayed into a content stream, its links as annotations, and the page object.</summary>
internal static class PageWriter
{
    public static void Write(PdfFile file, LaidOutPage page, int number, int parent, PageResources resources, NamedDestinations destinations)
    {
        var height = page.Size.Height;
        var content = new ContentStream(height, resources);
        var annotations = new List<int>();
        foreach (var operation in page.Operations)
        {
            switch (operation)
            {
                case GlyphRun run:
                    content.Show(run);
                    break;
                case FilledRectangle rectangle:
                    content.Fill(rectangle);
                    break;
                case StrokedLine line:
                    content.Stroke(line);
                    break;
                case PlacedImage image:
                    content.Draw(image);
                    break;
                case UrlLink or DestinationLink:
                    annotations.Add(LinkAnnotations.Write(file, operation, number, height));
                    break;
                case NamedDestination destination:
                    destinations.Add(destination.Name, number, destination.Point, height);
                    break;
            }
        }
        var contents = file.WriteCompressed("", content.ToBytes());
        var annots = annotations.Count == 0 ? "" : " /Annots [" + string.Join(' ', annotations.Select(PdfSyntax.Reference)) + "]";
        file.Write(number, "<</Type /Page /Parent " + PdfSyntax.Reference(parent) + " /MediaBox [0 0 " + PdfSyntax.Number(page.Size.Width) + " "
            + PdfSyntax.Number(height) + "] /Resources " + PdfSyntax.Reference(resources.Number) + " /Contents " + PdfSyntax.Reference(contents) + annots + ">>");
    }
}
