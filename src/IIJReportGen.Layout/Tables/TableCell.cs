namespace IIJReportGen.Layout;

/// <summary>A table cell: its content (decorate it for padding, borders, background and alignment) and how many columns it spans.</summary>
public sealed class TableCell
{
    public Container Content { get; } = new();

    public int ColumnSpan { get; set; } = 1;
}
