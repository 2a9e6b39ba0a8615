namespace IIJReportGen.Layout;

/// <summary>
/// Column widths, cell positions and row heights of a table at one width. Column widths are decided up front; a row is
/// measured when pagination first reaches it and never changes height after, so a table of many pages keeps only the rows
/// near the page being laid out shaped, not all of them at once (the cells forget their lines once drawn).
/// </summary>
internal sealed class TableGeometry
{
    private readonly IReadOnlyList<Width> _columns;
    private readonly IReadOnlyList<TableRow> _rows;
    private readonly LayoutContext _context;
    private readonly float[]?[] _cellLefts;
    private readonly float[]?[] _cellWidths;
    private readonly float[] _rowHeights;
    private readonly float[] _columnLefts;

    public TableGeometry(IReadOnlyList<Width> columns, IReadOnlyList<TableRow> rows, float width, LayoutContext context)
    {
        (_columns, _rows, _context) = (columns, rows, context);
        var contentWidths = new float[columns.Count];
        // Indexed loops: a foreach over the read-only lists would box an enumerator per row.
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            var row = rows[r];
            var cells = row.Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                var span = row.ColumnSpan(c);
                if (column < columns.Count && span == 1 && columns[column].Kind == WidthKind.Auto)
                    contentWidths[column] = Math.Max(contentWidths[column], cells[c].Measure(Size.Infinite, context).Width);
                column += span;
            }
        }
        ColumnWidths = Layout.Width.Resolve(columns, width, i => contentWidths[i]);
        Width = ColumnWidths.Sum();
        _columnLefts = new float[ColumnWidths.Length];
        for (var (c, x) = (0, 0f); c < ColumnWidths.Length; x += ColumnWidths[c], c++)
            _columnLefts[c] = x;
        _cellLefts = new float[rows.Count][];
        _cellWidths = new float[rows.Count][];
        _rowHeights = new float[rows.Count];
    }

    public float[] ColumnWidths { get; }

    public float Width { get; }

    public float CellLeft(int row, int cell) => Measured(row)._cellLefts[row]![cell];

    public float CellWidth(int row, int cell) => Measured(row)._cellWidths[row]![cell];

    public float RowHeight(int row) => Measured(row)._rowHeights[row];

    private TableGeometry Measured(int r)
    {
        if (_cellLefts[r] is not null)
            return this;
        var row = _rows[r];
        var cells = row.Cells;
        if (row.SpansOneColumnEach && cells.Count <= _columns.Count)
        {
            // Each cell in its own column (most rows): the columns' positions serve, with no arrays of the row's own.
            for (var c = 0; c < cells.Count; c++)
                _rowHeights[r] = Math.Max(_rowHeights[r], cells[c].Measure(new Size(ColumnWidths[c], float.PositiveInfinity), _context).Height);
            (_cellLefts[r], _cellWidths[r]) = (_columnLefts, ColumnWidths);
            return this;
        }
        var lefts = new float[cells.Count];
        var widths = new float[cells.Count];
        var column = 0;
        var x = 0f;
        for (var c = 0; c < cells.Count; c++)
        {
            var span = Math.Clamp(row.ColumnSpan(c), 0, Math.Max(0, _columns.Count - column));
            var cellWidth = 0f;
            for (var k = column; k < column + span; k++)
                cellWidth += ColumnWidths[k];
            lefts[c] = x;
            widths[c] = cellWidth;
            x += cellWidth;
            column += span;
            _rowHeights[r] = Math.Max(_rowHeights[r], cells[c].Measure(new Size(cellWidth, float.PositiveInfinity), _context).Height);
        }
        (_cellLefts[r], _cellWidths[r]) = (lefts, widths);
        return this;
    }
}
