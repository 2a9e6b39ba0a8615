namespace IIJReportGen.Layout;

/// <summary>A row of cells, placed left to right across the table's columns.</summary>
public sealed class TableRow
{
    private readonly List<TableCell> _cells = [];

    public IReadOnlyList<TableCell> Cells => _cells;

    /// <summary>The row's structure element (TR) in a tagged PDF, or null for an untagged table.</summary>
    public StructureElement? Structure { get; internal set; }

    public TableCell AddCell()
    {
        var cell = new TableCell();
        _cells.Add(cell);
        return cell;
    }
}
