using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>Walks the styled markup tree and builds the layout document: one page run with the body as content and the page bands.</summary>
internal sealed class LayoutWriter(StyleResolver styles, ResourceFolder resources, DiagnosticBag diagnostics)
{
    public Document? Write(MarkupElement html, IReadOnlyList<StyleDeclaration> pageDeclarations)
    {
        if (html.Name != "html" || html.Elements.FirstOrDefault(e => e.Name == "body") is not { } body)
        {
            diagnostics.Add(Diagnostic.Error(MarkupCodes.MisplacedContent, "The document must be <html> with a <body>.", html.Location));
            return null;
        }
        var rootStyle = styles.Resolve(html, new ComputedStyle { FontFamilies = FontFamilies.Fallback });
        var bodyStyle = styles.Resolve(body, rootStyle);
        var blocks = new BlockWriter(styles, resources, diagnostics);
        var content = blocks.Stack(blocks.Children(body, bodyStyle, inBand: false), keepTop: false, keepBottom: false);
        var header = Band(blocks, body, bodyStyle, BlockWriter.HeaderClass);
        var footer = Band(blocks, body, bodyStyle, BlockWriter.FooterClass);
        var (size, margins) = PageSetup.Read(pageDeclarations, diagnostics);
        return new Document(new DocumentSettings { FontFamilies = rootStyle.FontFamilies, Tagged = true }).Page(page =>
        {
            page.Size(size).Margin(margins);
            if (header is not null)
                page.Header().Element(header);
            if (content is not null)
                page.Content().Element(content.Element);
            if (footer is not null)
                page.Footer().Element(footer);
        });
    }

    /// <summary>The body's child with class <paramref name="name"/>, written for a page band (counters allowed).</summary>
    private Element? Band(BlockWriter blocks, MarkupElement body, ComputedStyle bodyStyle, string name)
    {
        var bands = body.Elements.Where(e => e.HasClass(name)).ToList();
        foreach (var extra in bands.Skip(1))
            diagnostics.Add(Diagnostic.Error(MarkupCodes.MisplacedContent, $"Only one element may have class \"{name}\".", extra.Location));
        if (bands.Count == 0)
            return null;
        var style = styles.Resolve(bands[0], bodyStyle);
        return style.Hidden ? null : blocks.Box(bands[0], style, inBand: true)?.Element;
    }
}
