using System.Globalization;
using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>Writes ul/ol: each li is a row of a marker (in the list's left padding) and the item's content.</summary>
internal sealed class ListWriter(BlockWriter blocks, StyleResolver styles, DiagnosticBag diagnostics)
{
    private const float MarkerGap = 4;

    public Block? Write(MarkupElement list, ComputedStyle style, bool inBand)
    {
        var items = new List<Block>();
        var number = 0;
        foreach (var node in list.Children)
        {
            if (node is MarkupText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Text))
                    diagnostics.Add(Diagnostic.Error(MarkupCodes.MisplacedContent, $"Text '{text.Text.Trim()}' is directly inside <{list.Name}>.", text.Location, "Put it in an <li>."));
                continue;
            }
            var element = (MarkupElement)node;
            if (element.Name != "li")
            {
                diagnostics.Add(Diagnostic.Error(MarkupCodes.MisplacedContent, $"<{element.Name}> is directly inside <{list.Name}>.", element.Location, "A list holds only <li> elements."));
                continue;
            }
            var itemStyle = styles.Resolve(element, style);
            if (itemStyle.Hidden || blocks.Box(element, itemStyle, inBand) is not { } content)
                continue;
            number++;
            var item = new Tagged(new StructureElement(StructureRole.LI));
            item.Row(row =>
            {
                row.ConstantItem(style.Padding.Left).Tagged(new StructureElement(StructureRole.Lbl)).Element(Marker(itemStyle, number));
                row.RelativeItem().Element(content.Element);
            });
            items.Add(content with { Element = item });
        }
        return blocks.Stack(items, keepTop: false, keepBottom: false);
    }

    private static Element Marker(ComputedStyle style, int number)
    {
        var marker = style.ListStyle switch
        {
            "decimal" => number.ToString(CultureInfo.InvariantCulture) + ".",
            "disc" => "•",
            _ => "",
        };
        var slot = new Container();
        if (marker.Length > 0)
            slot.PaddingHorizontal(MarkerGap).Text(marker, style.Text with { IsUnderlined = false }, TextAlignment.Right);
        return slot;
    }
}
