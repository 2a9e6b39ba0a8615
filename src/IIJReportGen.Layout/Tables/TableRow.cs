namespace IIJReportGen.Layout;

/// <summary>A row of cells, placed left to right across the table's columns.</summary>
public sealed class TableRow
{
    // An array of exactly the cells, not a List: a long table's rows live through the whole render (the List was one more
    // object a row for every collection to copy). A row has a few cells, so adding one copies a few references.
    private TableCell[] _cells = [];

    public IReadOnlyList<TableCell> Cells => _cells;

    /// <summary>The row's structure element (TR) in a tagged PDF, or null for an untagged table.</summary>
    public StructureElement? Structure { get; internal set; }

    public TableCell AddCell()
    {
        var cell = new TableCell();
        _cells = [.. _cells, cell];
        return cell;
    }
}
