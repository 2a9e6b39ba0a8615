namespace IIJReportGen.Layout;

/// <summary>Paper sizes in points.</summary>
public static class PageSize
{
    public static Size A4 { get; } = new(595.28f, 841.89f);

    public static Size Letter { get; } = new(612f, 792f);
}
