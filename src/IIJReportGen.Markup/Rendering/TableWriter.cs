using System.Globalization;
using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>
/// Writes a table: column widths from col elements or first-row cells, thead rows as header rows repeated on every page,
/// colspan, and per-cell borders, background, padding and alignment; adjacent borders collapse to the wider one.
/// </summary>
internal sealed class TableWriter(BlockWriter blocks, StyleResolver styles, DiagnosticBag diagnostics)
{
    /// <summary>A cell to lay out: its own style as resolved (shared with like cells, so its children share theirs too), and
    /// the background and borders it draws, which take the row's where it has none.</summary>
    private sealed record Cell(MarkupElement Element, ComputedStyle Style, Color? Background, int Column, int Span)
    {
        public Borders Borders { get; set; } = Style.Borders;
    }

    private sealed record TableRowPlan(bool IsHeader, List<Cell> Cells);

    public Table? Write(MarkupElement table, ComputedStyle style)
    {
        var columns = new List<BoxWidth>();
        var rows = new List<TableRowPlan>();
        foreach (var child in Elements(table))
        {
            var childStyle = styles.Resolve(child, style);
            if (childStyle.Hidden)
                continue;
            switch (child.Name)
            {
                case "colgroup":
                    foreach (var col in Elements(child).Where(c => Expect(c, child, "col")))
                        AddColumns(columns, col, styles.Resolve(col, childStyle));
                    break;
                case "col":
                    AddColumns(columns, child, childStyle);
                    break;
                case "thead" or "tbody":
                    foreach (var row in Elements(child).Where(r => Expect(r, child, "tr")))
                        AddRow(rows, row, childStyle, child.Name == "thead");
                    break;
                case "tr":
                    AddRow(rows, child, style, false);
                    break;
                default:
                    Expect(child, table, "colgroup", "col", "thead", "tbody", "tr");
                    break;
            }
        }
        if (rows.Count == 0)
            return null;
        var count = Math.Max(columns.Count, rows.Max(r => r.Cells.Count == 0 ? 0 : r.Cells[^1].Column + r.Cells[^1].Span));
        var result = new Table();
        foreach (var width in ColumnWidths(columns, rows, count, !style.Width.IsAuto))
            result.AddColumn(width);
        Collapse(rows, count);
        result.TagParts();
        foreach (var row in rows)
        {
            var target = row.IsHeader ? result.AddHeaderRow() : result.AddRow();
            foreach (var cell in row.Cells)
            {
                Fill(target.AddCell(cell.Span).Tagged(StructureRoles.ForCell(cell.Element, row.IsHeader, cell.Span)), cell);
            }
        }
        return result;
    }

    private void AddColumns(List<BoxWidth> columns, MarkupElement col, ComputedStyle style)
    {
        var width = style.Width.IsAuto ? AttributeWidth(col) : style.Width;
        columns.AddRange(Enumerable.Repeat(width, Math.Max(1, Number(col, "span"))));
    }

    private void AddRow(List<TableRowPlan> rows, MarkupElement row, ComputedStyle parent, bool isHeader)
    {
        var rowStyle = styles.Resolve(row, parent);
        if (rowStyle.Hidden)
            return;
        var cells = new List<Cell>();
        var column = 0;
        foreach (var element in Elements(row).Where(c => Expect(c, row, "td", "th")))
        {
            var style = styles.Resolve(element, rowStyle);
            if (element.Attribute("rowspan") is not (null or "1"))
                diagnostics.Add(Diagnostic.Error(MarkupCodes.MisplacedContent, "rowspan is not supported by the layout engine.", element.Location,
                    "Repeat the cell in each row, or leave the cells below it empty."));
            if (style.Hidden)
                continue;
            var span = Math.Max(1, Number(element, "colspan"));
            // Row backgrounds and borders belong to its cells in the collapsing border model.
            var borders = style.Borders with
            {
                Top = Either(style.Borders.Top, rowStyle.Borders.Top),
                Bottom = Either(style.Borders.Bottom, rowStyle.Borders.Bottom),
                Left = column == 0 ? Either(style.Borders.Left, rowStyle.Borders.Left) : style.Borders.Left,
            };
            cells.Add(new Cell(element, style, style.Background ?? rowStyle.Background, column, span) { Borders = borders });
            column += span;
        }
        if (cells.Count > 0 && rowStyle.Borders.Right.Width > 0)
            cells[^1] = cells[^1] with { Borders = cells[^1].Borders with { Right = Either(cells[^1].Borders.Right, rowStyle.Borders.Right) } };
        rows.Add(new TableRowPlan(isHeader, cells));
    }

    /// <summary>
    /// Fixed and percentage widths as written; columns without a width share what is left when the table has a width,
    /// and fit their content when it has none.
    /// </summary>
    private static IEnumerable<Width> ColumnWidths(List<BoxWidth> columns, List<TableRowPlan> rows, int count, bool tableHasWidth)
    {
        var widths = Enumerable.Range(0, count).Select(i => i < columns.Count ? columns[i] : BoxWidth.Auto).ToArray();
        foreach (var cell in rows.SelectMany(r => r.Cells).Where(c => c.Span == 1))
        {
            if (widths[cell.Column].IsAuto && !cell.Style.Width.IsAuto)
                widths[cell.Column] = cell.Style.Width;
        }
        var percent = widths.Sum(w => w.Fraction ?? 0) * 100;
        var open = widths.Count(w => w.IsAuto);
        var share = open == 0 ? 0 : Math.Max(percent < 100 ? (100 - percent) / open : 100f / count, 1);
        return widths.Select(w =>
            w.Fraction is { } fraction ? Width.Relative(fraction * 100)
            : !w.IsAuto ? Width.Constant(w.Points)
            : tableHasWidth ? Width.Relative(share)
            : Width.Auto);
    }

    /// <summary>Between two neighbouring cells only the wider border is drawn, on the upper or left cell.</summary>
    private static void Collapse(List<TableRowPlan> rows, int count)
    {
        Cell?[]? above = null;
        foreach (var row in rows)
        {
            var here = new Cell?[count];
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var cell = row.Cells[i];
                for (var k = cell.Column; k < Math.Min(count, cell.Column + cell.Span); k++)
                    here[k] = cell;
                if (i > 0)
                {
                    var left = row.Cells[i - 1];
                    (left.Borders, cell.Borders) = (left.Borders with { Right = Wider(left.Borders.Right, cell.Borders.Left) }, cell.Borders with { Left = BorderLine.None });
                }
                var over = above?[cell.Column];
                if (over is not null && (over.Borders.Bottom.Width > 0 || cell.Borders.Top.Width > 0))
                    (over.Borders, cell.Borders) = (over.Borders with { Bottom = Wider(over.Borders.Bottom, cell.Borders.Top) }, cell.Borders with { Top = BorderLine.None });
            }
            above = here;
        }
    }

    private void Fill(Container slot, Cell cell)
    {
        var style = cell.Style;
        var borders = cell.Borders;
        if (!borders.IsEmpty)
            slot = slot.Border(borders.Top, borders.Right, borders.Bottom, borders.Left);
        if (cell.Background is { } background)
            slot = slot.Background(background);
        if (style.Padding != Thickness.Zero)
            slot = slot.Padding(style.Padding);
        slot = style.VerticalAlign switch
        {
            VerticalPlacement.Middle => slot.AlignMiddle(),
            VerticalPlacement.Bottom => slot.AlignBottom(),
            _ => slot,
        };
        if (blocks.Stack(blocks.Children(cell.Element, style, inBand: false), keepTop: true, keepBottom: true) is { } content)
            slot.Element(content.Element);
    }

    private static BorderLine Either(BorderLine own, BorderLine fromRow) => own.Width > 0 ? own : fromRow;

    private static BorderLine Wider(BorderLine a, BorderLine b) => b.Width > a.Width ? b : a;

    /// <summary>Element children; text other than whitespace between table parts is an error.</summary>
    private IEnumerable<MarkupElement> Elements(MarkupElement parent)
    {
        foreach (var node in parent.Children)
        {
            if (node is MarkupElement element)
                yield return element;
            else if (node is MarkupText text && !string.IsNullOrWhiteSpace(text.Text))
                diagnostics.Add(Diagnostic.Error(MarkupCodes.MisplacedContent, $"Text '{text.Text.Trim()}' is directly inside <{parent.Name}>.", text.Location, "Put it in a <td> or <th>."));
        }
    }

    /// <summary>True when the element is one of <paramref name="names"/>; else a MARKUP003 error naming them ("td or th").</summary>
    private bool Expect(MarkupElement element, MarkupElement parent, params ReadOnlySpan<string> names)
    {
        if (names.Contains(element.Name))
            return true;
        var expected = names.Length == 1 ? names[0] : string.Join(", ", names[..^1].ToArray()) + " or " + names[^1];
        diagnostics.Add(Diagnostic.Error(MarkupCodes.MisplacedContent, $"<{element.Name}> cannot appear inside <{parent.Name}>.", element.Location, $"Expected {expected}."));
        return false;
    }

    private static int Number(MarkupElement element, string attribute) =>
        int.TryParse(element.Attribute(attribute), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 1;

    /// <summary>The HTML width attribute: "120" (CSS pixels) or "30%".</summary>
    private static BoxWidth AttributeWidth(MarkupElement element)
    {
        var text = element.Attribute("width")?.Trim();
        if (string.IsNullOrEmpty(text))
            return BoxWidth.Auto;
        if (text.EndsWith('%') && float.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
            return new BoxWidth(false, 0, percent / 100);
        return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var pixels) ? new BoxWidth(false, pixels * 0.75f, null) : BoxWidth.Auto;
    }
}
