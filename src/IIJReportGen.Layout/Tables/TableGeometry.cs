namespace IIJReportGen.Layout;

/// <summary>Column widths, cell positions and row heights of a table at one width; rows never change height, so this is computed once.</summary>
internal sealed class TableGeometry
{
    public TableGeometry(IReadOnlyList<Width> columns, IReadOnlyList<TableRow> rows, float width, LayoutContext context)
    {
        var contentWidths = new float[columns.Count];
        foreach (var row in rows)
        {
            var column = 0;
            foreach (var cell in row.Cells)
            {
                if (column < columns.Count && cell.ColumnSpan == 1 && columns[column].Kind == WidthKind.Auto)
                    contentWidths[column] = Math.Max(contentWidths[column], cell.Content.Measure(Size.Infinite, context).Width);
                column += cell.ColumnSpan;
            }
        }
        ColumnWidths = Layout.Width.Resolve(columns, width, i => contentWidths[i]);
        Width = ColumnWidths.Sum();
        CellLefts = new float[rows.Count][];
        CellWidths = new float[rows.Count][];
        RowHeights = new float[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            CellLefts[r] = new float[cells.Count];
            CellWidths[r] = new float[cells.Count];
            var column = 0;
            var x = 0f;
            for (var c = 0; c < cells.Count; c++)
            {
                var span = Math.Clamp(cells[c].ColumnSpan, 0, Math.Max(0, columns.Count - column));
                var cellWidth = 0f;
                for (var k = column; k < column + span; k++)
                    cellWidth += ColumnWidths[k];
                CellLefts[r][c] = x;
                CellWidths[r][c] = cellWidth;
                x += cellWidth;
                column += span;
                RowHeights[r] = Math.Max(RowHeights[r], cells[c].Content.Measure(new Size(cellWidth, float.PositiveInfinity), context).Height);
            }
        }
    }

    public float[] ColumnWidths { get; }

    public float Width { get; }

    public float[][] CellLefts { get; }

    public float[][] CellWidths { get; }

    public float[] RowHeights { get; }
}
