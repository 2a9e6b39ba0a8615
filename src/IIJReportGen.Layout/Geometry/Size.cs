namespace IIJReportGen.Layout;

/// <summary>A width and height in points (1/72 inch); either may be infinite while measuring content-based widths.</summary>
public readonly record struct Size(float Width, float Height)
{
    /// <summary>Tolerance for comparing measured sizes, so float rounding never turns a fit into a wrap.</summary>
    public const float Epsilon = 0.001f;

    public static Size Infinite { get; } = new(float.PositiveInfinity, float.PositiveInfinity);
}
