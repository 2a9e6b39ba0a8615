namespace IIJReportGen.Layout;

/// <summary>A value per side of a box (padding, border widths), in points.</summary>
public readonly record struct Thickness(float Top, float Right, float Bottom, float Left)
{
    public static Thickness Zero { get; } = new(0, 0, 0, 0);

    public static Thickness All(float value) => new(value, value, value, value);

    public static Thickness Symmetric(float vertical, float horizontal) => new(vertical, horizontal, vertical, horizontal);

    public float Horizontal => Left + Right;

    public float Vertical => Top + Bottom;
}
