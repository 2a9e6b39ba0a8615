namespace IIJReportGen.Layout;

/// <summary>
/// Column widths, cell positions and row heights of a table at one width. Column widths are decided up front; a row is
/// measured when pagination first reaches it and never changes height after, so a table of many pages keeps only the rows
/// near the page being laid out shaped, not all of them at once (the cells forget their lines once drawn).
/// </summary>
internal sealed class TableGeometry
{
    private readonly IReadOnlyList<Width> _columns;
    private readonly IReadOnlyList<TableRow> _headerRows;
    private readonly IReadOnlyList<TableRow> _bodyRows;
    private readonly LayoutContext _context;
    private readonly float[] _rowHeights;
    private readonly float[] _columnLefts;

    // Positions of their own only for the rows whose cells do not each take one column (spans, more cells than columns):
    // the geometry lives as long as its table is laid out, and an array per row of a long table was ~1 MB at 1,000 pages.
    private Dictionary<int, (float[] Lefts, float[] Widths)>? _ownPositions;

    /// <summary>The geometry of the header rows followed by the body rows (row indexes count the header rows first).</summary>
    public TableGeometry(IReadOnlyList<Width> columns, IReadOnlyList<TableRow> headerRows, IReadOnlyList<TableRow> bodyRows, float width, LayoutContext context)
    {
        (_columns, _headerRows, _bodyRows, _context) = (columns, headerRows, bodyRows, context);
        var rowCount = headerRows.Count + bodyRows.Count;
        var contentWidths = new float[columns.Count];
        // Indexed loops: a foreach over the read-only lists would box an enumerator per row.
        for (var r = 0; r < rowCount; r++)
        {
            var column = 0;
            var row = Row(r);
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
        // NaN: not measured yet.
        _rowHeights = new float[rowCount];
        Array.Fill(_rowHeights, float.NaN);
    }

    public float[] ColumnWidths { get; }

    public float Width { get; }

    public float CellLeft(int row, int cell) => Measured(row)._ownPositions?.GetValueOrDefault(row).Lefts is { } own ? own[cell] : _columnLefts[cell];

    public float CellWidth(int row, int cell) => Measured(row)._ownPositions?.GetValueOrDefault(row).Widths is { } own ? own[cell] : ColumnWidths[cell];

    public float RowHeight(int row) => Measured(row)._rowHeights[row];

    private TableRow Row(int r) => r < _headerRows.Count ? _headerRows[r] : _bodyRows[r - _headerRows.Count];

    private TableGeometry Measured(int r)
    {
        if (!float.IsNaN(_rowHeights[r]))
            return this;
        var row = Row(r);
        var cells = row.Cells;
        var height = 0f;
        if (row.SpansOneColumnEach && cells.Count <= _columns.Count)
        {
            // Each cell in its own column (most rows): the columns' positions serve, with no arrays of the row's own.
            for (var c = 0; c < cells.Count; c++)
                height = Math.Max(height, cells[c].Measure(new Size(ColumnWidths[c], float.PositiveInfinity), _context).Height);
            _rowHeights[r] = height;
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
            height = Math.Max(height, cells[c].Measure(new Size(cellWidth, float.PositiveInfinity), _context).Height);
        }
        (_ownPositions ??= [])[r] = (lefts, widths);
        _rowHeights[r] = height;
        return this;
    }
}
