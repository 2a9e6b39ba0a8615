namespace IIJReportGen.Layout;

/// <summary>A table cell: the slot of its content (decorate it for padding, borders, background and alignment); its row knows
/// how many columns it spans. The cell is the slot, not an object beside a Container: a long table's cells live through the
/// whole render.</summary>
public sealed class TableCell : Container;
