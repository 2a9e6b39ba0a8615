using System.Globalization;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout;

/// <summary>
/// Two passes: first the content flows into pages (header and footer bands measured per page), then, with the page count
/// known, the bands are drawn, so "page N of M" is right everywhere.
/// </summary>
internal sealed class Paginator(LayoutContext context)
{
    // A page that makes no progress this many times in a row means content can never fit; stop instead of looping.
    private const int MaxEmptyPagesInARow = 3;

    private sealed record PendingPage(PageTemplate Template, float HeaderHeight, float FooterHeight, PageCanvas Content);

    public LaidOutDocument Paginate(IReadOnlyList<PageTemplate> templates)
    {
        var pending = new List<PendingPage>();
        foreach (var template in templates)
        {
            if (!Flow(template, pending))
                break;
        }
        context.TotalPages = pending.Count;
        var pages = new List<LaidOutPage>(pending.Count);
        for (var i = 0; i < pending.Count; i++)
        {
            context.PageNumber = i + 1;
            var page = pending[i];
            var (size, margins) = (page.Template.Size, page.Template.Margins);
            var width = size.Width - margins.Horizontal;
            var header = DrawBand(page.Template.Header, ArtifactKind.Header, margins.Left, margins.Top, new Size(width, page.HeaderHeight));
            var footer = DrawBand(page.Template.Footer, ArtifactKind.Footer, margins.Left, size.Height - margins.Bottom - page.FooterHeight, new Size(width, page.FooterHeight));
            pages.Add(new LaidOutPage(size, PageParts<DrawOperation>.Of(header.Operations, page.Content.Operations, footer.Operations))
            {
                Placements = PageParts<TextPlacement>.Of(header.Placements, page.Content.Placements, footer.Placements),
            });
        }
        return new LaidOutDocument(pages, context.Outline, context.Typesetter.Diagnostics) { Tagged = context.Tagged, Fonts = context.Typesetter.FacesUsed, Codepoints = context.Codepoints };
    }

    /// <summary>Lays out one template's content over as many pages as it takes; false when it cannot fit at all.</summary>
    private bool Flow(PageTemplate template, List<PendingPage> pending)
    {
        var emptyPages = 0;
        while (true)
        {
            context.PageNumber = pending.Count + 1;
            context.TotalPages = null;
            context.Relaxed = false;
            var (size, margins) = (template.Size, template.Margins);
            var bandSpace = new Size(size.Width - margins.Horizontal, size.Height - margins.Vertical);
            var headerHeight = BandHeight(template.Header, bandSpace);
            var footerHeight = BandHeight(template.Footer, bandSpace);
            var space = new Size(bandSpace.Width, Math.Max(0, bandSpace.Height - headerHeight - footerHeight));
            var plan = template.Content.Measure(space, context);
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                // Nothing fits on an empty page: let keep rules give way rather than loop forever.
                context.Relaxed = true;
                context.Unplaceable = null;
                plan = template.Content.Measure(space, context);
            }
            if (plan.Kind == SpacePlanKind.Wrap)
            {
                context.Typesetter.Diagnostics.Add(Diagnostic.Error(LayoutCodes.DoesNotFit, string.Create(CultureInfo.InvariantCulture,
                    $"Content on page {context.PageNumber} does not fit in the page's content band ({space.Width:0.#} x {space.Height:0.#} pt) even when split."),
                    context.Unplaceable, "Make the element smaller or the page margins, header or footer smaller."));
                return false;
            }
            var canvas = new PageCanvas(context, pending.Count > 0 ? pending[^1].Content.Operations.Count : 0);
            if (plan.Draws)
            {
                canvas.Translate(margins.Left, margins.Top + headerHeight);
                template.Content.Draw(new Size(space.Width, plan.Height), canvas);
                canvas.Finish();
            }
            pending.Add(new PendingPage(template, headerHeight, footerHeight, canvas));
            if (plan.Kind != SpacePlanKind.Partial)
                return true;
            emptyPages = canvas.Operations.Count == 0 ? emptyPages + 1 : 0;
            if (emptyPages >= MaxEmptyPagesInARow)
            {
                context.Typesetter.Diagnostics.Add(Diagnostic.Error(LayoutCodes.NoProgress, string.Create(CultureInfo.InvariantCulture, $"Layout makes no progress after page {context.PageNumber}; stopping."),
                    hint: "Look for consecutive page breaks or content that cannot be split."));
                return false;
            }
        }
    }

    private float BandHeight(Container band, Size space)
    {
        var plan = band.Measure(space, context);
        return plan.Draws ? plan.Height : 0;
    }

    /// <summary>A header or footer band drawn on its own canvas, its operations marked as page furniture (an artifact), not document text.</summary>
    private PageCanvas DrawBand(Container band, ArtifactKind kind, float left, float top, Size size)
    {
        var canvas = new PageCanvas(context);
        if (size.Height > 0 && band.Measure(size, context).Draws)
        {
            canvas.BeginArtifact(kind);
            canvas.Translate(left, top);
            band.Draw(size, canvas);
            canvas.EndArtifact();
        }
        return canvas;
    }
}
