namespace IIJReportGen.Layout;

/// <summary>
/// Columns of constant, relative or content-based width; header rows repeated at the top of every page the table reaches;
/// a body row moves whole to the next page, and splits only when it is taller than a page.
/// </summary>
public sealed class Table : Element
{
    private readonly List<Width> _columns = [];
    private readonly List<TableRow> _headerRows = [];
    private readonly List<TableRow> _rows = [];
    private (float Width, TableGeometry Geometry)? _geometry;
    private int _current;
    private bool[]? _splitCellsDone;

    public IReadOnlyList<Width> Columns => _columns;

    public IReadOnlyList<TableRow> HeaderRows => _headerRows;

    public IReadOnlyList<TableRow> Rows => _rows;

    /// <summary>The structure elements grouping the header rows (THead) and body rows (TBody) in a tagged PDF; null for an untagged table.</summary>
    public (StructureElement Header, StructureElement Body)? Sections { get; private set; }

    /// <summary>Tags the table's parts for a tagged PDF: THead and TBody around the header and body rows, a TR per row (cells are tagged by their content).</summary>
    public Table TagParts()
    {
        Sections = (new StructureElement(StructureRole.THead), new StructureElement(StructureRole.TBody));
        foreach (var row in _headerRows.Concat(_rows))
            row.Structure = new StructureElement(StructureRole.TR);
        return this;
    }

    public Table AddColumn(Width width)
    {
        _columns.Add(width);
        return this;
    }

    public TableRow AddHeaderRow() => Add(_headerRows);

    public TableRow AddRow() => Add(_rows);

    private TableRow Add(List<TableRow> rows)
    {
        var row = new TableRow { Structure = Sections is null ? null : new StructureElement(StructureRole.TR) };
        rows.Add(row);
        return row;
    }

    public override SpacePlan Measure(Size available, LayoutContext context)
    {
        if (_rows.Count == 0 && _headerRows.Count == 0)
            return SpacePlan.Empty;
        return Plan(Geometry(available.Width, context), available.Height, context, out _, out _);
    }

    public override void Draw(Size available, PageCanvas canvas)
    {
        var geometry = Geometry(available.Width, canvas.Context);
        Plan(geometry, available.Height, canvas.Context, out var end, out var split);
        // Header rows on a continuation page repeat what the reader has already met: page furniture, not structure.
        var repeated = _current > 0 || _splitCellsDone is not null;
        if (repeated)
            canvas.BeginArtifact(ArtifactKind.Repeated);
        var (header, body) = (_headerRows.Count > 0 ? Sections?.Header : null, Sections?.Body);
        if (header is not null)
            canvas.BeginStructure(header);
        var top = 0f;
        for (var r = 0; r < _headerRows.Count; r++)
            top = DrawRow(_headerRows[r], geometry, r, top, geometry.RowHeight(r), null, canvas);
        if (header is not null)
            canvas.EndStructure(header);
        if (repeated)
            canvas.EndArtifact();
        if (body is not null)
            canvas.BeginStructure(body);
        for (var r = _current; r < end; r++)
        {
            var done = r == _current ? _splitCellsDone : null;
            top = DrawRow(_rows[r], geometry, _headerRows.Count + r, top, RowHeight(geometry, r, canvas.Context), done, canvas);
            _splitCellsDone = null;
        }
        if (split)
        {
            DrawSplitRow(geometry, end, top, available.Height - top, canvas);
            _current = end;
        }
        if (body is not null)
            canvas.EndStructure(body);
        if (!split && end >= _rows.Count)
            Finish();
        else if (!split)
            _current = end;
    }

    /// <summary>Its last row drawn, the table starts over and lets its geometry go (see <see cref="Element"/>): kept, a
    /// finished table's row heights would live until the end of the render. Drawn again, it measures its rows again.</summary>
    private void Finish()
    {
        _current = 0;
        _geometry = null;
    }

    /// <summary>Decides which body rows fit: [current, end), plus whether row <paramref name="end"/> is split over the page break.</summary>
    private SpacePlan Plan(TableGeometry geometry, float height, LayoutContext context, out int end, out bool split)
    {
        var top = 0f;
        for (var r = 0; r < _headerRows.Count; r++)
            top += geometry.RowHeight(r);
        end = _current;
        split = false;
        if (top > height + Size.Epsilon)
            return SpacePlan.Wrap;
        while (end < _rows.Count)
        {
            var rowHeight = RowHeight(geometry, end, context);
            if (top + rowHeight > height + Size.Epsilon)
                break;
            top += rowHeight;
            end++;
        }
        if (end == _rows.Count)
            return SpacePlan.Full(geometry.Width, top);
        if (end > _current)
            return SpacePlan.Partial(geometry.Width, top);
        if (!context.Relaxed || height - top <= Size.Epsilon)
            return SpacePlan.Wrap;
        split = true;
        return SpacePlan.Partial(geometry.Width, height);
    }

    private static float DrawRow(TableRow row, TableGeometry geometry, int index, float top, float height, bool[]? done, PageCanvas canvas)
    {
        if (row.Structure is { } structure)
            canvas.BeginStructure(structure);
        DrawCells(row, geometry, index, top, height, done, canvas);
        if (row.Structure is { } ended)
            canvas.EndStructure(ended);
        return top + height;
    }

    private static void DrawCells(TableRow row, TableGeometry geometry, int index, float top, float height, bool[]? done, PageCanvas canvas)
    {
        var cells = row.Cells;
        for (var c = 0; c < cells.Count; c++)
        {
            if (done is not null && done[c])
                continue;
            DrawCell(cells[c], geometry.CellLeft(index, c), top, new Size(geometry.CellWidth(index, c), height), canvas);
        }
    }

    /// <summary>Draws as much of each cell of a row taller than the page as fits, remembering which cells are finished.</summary>
    private void DrawSplitRow(TableGeometry geometry, int row, float top, float height, PageCanvas canvas)
    {
        var cells = _rows[row].Cells;
        var index = _headerRows.Count + row;
        _splitCellsDone ??= new bool[cells.Count];
        if (_rows[row].Structure is { } structure)
            canvas.BeginStructure(structure);
        for (var c = 0; c < cells.Count; c++)
        {
            if (_splitCellsDone[c])
                continue;
            var size = new Size(geometry.CellWidth(index, c), height);
            var plan = cells[c].Measure(size, canvas.Context);
            if (plan.Draws)
                DrawCell(cells[c], geometry.CellLeft(index, c), top, size, canvas);
            _splitCellsDone[c] = plan.Kind is SpacePlanKind.Full or SpacePlanKind.Empty;
        }
        if (_rows[row].Structure is { } ended)
            canvas.EndStructure(ended);
    }

    private static void DrawCell(TableCell cell, float left, float top, Size size, PageCanvas canvas)
    {
        canvas.Translate(left, top);
        cell.Draw(size, canvas);
        canvas.Translate(-left, -top);
    }

    /// <summary>A body row's height; for a row split over pages, the height of what is left of it.</summary>
    private float RowHeight(TableGeometry geometry, int row, LayoutContext context)
    {
        var index = _headerRows.Count + row;
        if (row != _current || _splitCellsDone is null)
            return geometry.RowHeight(index);
        var cells = _rows[row].Cells;
        var height = 0f;
        for (var c = 0; c < cells.Count; c++)
        {
            if (!_splitCellsDone[c])
                height = Math.Max(height, cells[c].Measure(new Size(geometry.CellWidth(index, c), float.PositiveInfinity), context).Height);
        }
        return height;
    }

    private TableGeometry Geometry(float width, LayoutContext context)
    {
        if (_geometry is not { } known || known.Width != width)
            _geometry = (width, new TableGeometry(_columns, _headerRows, _rows, width, context));
        return _geometry.Value.Geometry;
    }
}
