using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>Where a mark of the text's origin (a figure the templates wrote) is drawn on a page: the area of its glyphs on one line.</summary>
/// <param name="Mark">The mark's id, as the source map of the marked-up text numbers it.</param>
/// <param name="Bounds">The area in page coordinates (points, origin top-left).</param>
public sealed record TextPlacement(int Mark, SKRect Bounds);
