namespace IIJReportGen.Layout;

/// <summary>A run of pages sharing size, margins, header and footer; its content flows over as many pages as it needs.</summary>
public sealed class PageTemplate
{
    public Size Size { get; set; } = PageSize.A4;

    /// <summary>Space between the paper edge and the header, content and footer bands.</summary>
    public Thickness Margins { get; set; } = Thickness.All(56.7f);

    /// <summary>Top band, drawn on every page after pagination, so page counters know the page count.</summary>
    public Container Header { get; } = new();

    public Container Content { get; } = new();

    /// <summary>Bottom band, drawn on every page like the header.</summary>
    public Container Footer { get; } = new();
}
