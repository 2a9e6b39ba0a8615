using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>
/// What each element of the vocabulary is in the PDF's structure tree: h1–h4 headings, p paragraphs (notes inside
/// <c>.footnotes</c> or with class <c>note</c>/<c>footnote</c>), div and section groups, lists, tables, figures with
/// their alt text. Inline elements are no nodes of their own, except links (the layout engine tags those).
/// </summary>
internal static class StructureRoles
{
    /// <summary>The structure element for a block box, or null when the box is no node of its own (rules; images without alt text are decoration).</summary>
    public static StructureElement? ForBlock(MarkupElement element, ElementKind kind) => kind switch
    {
        ElementKind.Heading => new StructureElement(Enum.Parse<StructureRole>(element.Name, ignoreCase: true)),
        ElementKind.List => new StructureElement(StructureRole.L),
        // The li's box is the item's body; the list writer adds the item and its label around it.
        ElementKind.ListItem => new StructureElement(StructureRole.LBody),
        ElementKind.Table => new StructureElement(StructureRole.Table),
        ElementKind.Image when element.Attribute("alt") is { Length: > 0 } alt => new StructureElement(StructureRole.Figure) { AlternateText = alt },
        ElementKind.Block => new StructureElement(element.Name switch
        {
            "p" => IsNote(element) ? StructureRole.Note : StructureRole.P,
            "section" => StructureRole.Sect,
            _ => StructureRole.Div,
        }),
        _ => null,
    };

    /// <summary>A th heads its column in the table head and its row in the body, unless its scope attribute says otherwise.</summary>
    public static StructureElement ForCell(MarkupElement cell, bool inHeader, int columnSpan)
    {
        if (cell.Name != "th")
            return new StructureElement(StructureRole.TD) { ColumnSpan = columnSpan };
        var scope = cell.Attribute("scope") switch
        {
            "col" or "colgroup" => HeaderScope.Column,
            "row" or "rowgroup" => HeaderScope.Row,
            _ => inHeader ? HeaderScope.Column : HeaderScope.Row,
        };
        return new StructureElement(StructureRole.TH) { Scope = scope, ColumnSpan = columnSpan };
    }

    private static bool IsNote(MarkupElement paragraph) =>
        paragraph.HasClass("note") || paragraph.HasClass("footnote") || paragraph.Parent?.HasClass("footnotes") == true;
}
