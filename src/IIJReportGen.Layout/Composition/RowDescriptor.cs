namespace IIJReportGen.Layout;

/// <summary>Fluent filling of a <see cref="Layout.Row"/>.</summary>
public sealed class RowDescriptor(Row row)
{
    public RowDescriptor Spacing(float points)
    {
        row.Spacing = points;
        return this;
    }

    public Container ConstantItem(float points) => Item(Width.Constant(points));

    public Container RelativeItem(float weight = 1) => Item(Width.Relative(weight));

    public Container AutoItem() => Item(Width.Auto);

    public Container Item(Width width)
    {
        var slot = new Container();
        row.Add(width, slot);
        return slot;
    }
}
