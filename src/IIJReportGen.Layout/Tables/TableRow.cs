namespace IIJReportGen.Layout;

/// <summary>A row of cells, placed left to right across the table's columns.</summary>
public sealed class TableRow
{
    // Arrays of exactly the cells, not a List: a long table's rows live through the whole render (the List was one more
    // object a row for every collection to copy). A row has a few cells, so adding one copies a few references. The spans
    // are the row's, not each cell's field, and none while every cell spans one column (most rows).
    private TableCell[] _cells = [];
    private int[]? _columnSpans;

    public IReadOnlyList<TableCell> Cells => _cells;

    /// <summary>The row's structure element (TR) in a tagged PDF, or null for an untagged table.</summary>
    public StructureElement? Structure { get; internal set; }

    /// <summary>True when every cell spans one column.</summary>
    public bool SpansOneColumnEach => _columnSpans is null;

    /// <summary>How many columns the cell at <paramref name="cell"/> spans.</summary>
    public int ColumnSpan(int cell) => _columnSpans?[cell] ?? 1;

    public TableCell AddCell(int columnSpan = 1)
    {
        var cell = new TableCell();
        _cells = [.. _cells, cell];
        if (columnSpan != 1 && _columnSpans is null)
            _columnSpans = Enumerable.Repeat(1, _cells.Length - 1).ToArray();
        if (_columnSpans is not null)
            _columnSpans = [.. _columnSpans, columnSpan];
        return cell;
    }
}
