namespace IIJReportGen.Layout;

/// <summary>Fluent filling of a <see cref="Layout.Table"/>: columns, header rows (repeated on each page) and body rows.</summary>
public sealed class TableDescriptor(Table table)
{
    public TableDescriptor ConstantColumn(float points) => Column(Width.Constant(points));

    public TableDescriptor RelativeColumn(float weight = 1) => Column(Width.Relative(weight));

    public TableDescriptor AutoColumn() => Column(Width.Auto);

    public TableDescriptor Column(Width width)
    {
        table.AddColumn(width);
        return this;
    }

    /// <summary>Tags THead, TBody and a TR per row for a tagged PDF; tag the cells' content as TH or TD.</summary>
    public TableDescriptor TagParts()
    {
        table.TagParts();
        return this;
    }

    public TableDescriptor HeaderRow(Action<TableRowDescriptor> cells)
    {
        cells(new TableRowDescriptor(table.AddHeaderRow()));
        return this;
    }

    public TableDescriptor Row(Action<TableRowDescriptor> cells)
    {
        cells(new TableRowDescriptor(table.AddRow()));
        return this;
    }
}

/// <summary>Fluent filling of a table row.</summary>
public sealed class TableRowDescriptor(TableRow row)
{
    /// <summary>Adds a cell spanning <paramref name="columnSpan"/> columns and returns it, the slot of its content.</summary>
    public Container Cell(int columnSpan = 1) => row.AddCell(columnSpan);
}
