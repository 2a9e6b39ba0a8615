namespace IIJReportGen.Layout;

/// <summary>A bookmark: a heading's title and level, pointing at a named destination on a page (<paramref name="Top"/> points from the page's top).</summary>
public sealed record OutlineEntry(string Title, int Level, string Destination, int PageIndex, float Top);
