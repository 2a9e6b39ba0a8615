namespace IIJReportGen.Layout;

/// <summary>Fluent filling of a <see cref="Layout.Column"/>.</summary>
public sealed class ColumnDescriptor(Column column)
{
    public ColumnDescriptor Spacing(float points)
    {
        column.Spacing = points;
        return this;
    }

    /// <summary>Appends an item and returns its slot.</summary>
    public Container Item()
    {
        var slot = new Container();
        column.Add(slot);
        return slot;
    }
}
