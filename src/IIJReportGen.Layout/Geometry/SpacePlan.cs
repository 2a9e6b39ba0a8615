namespace IIJReportGen.Layout;

/// <summary>What an element needs in the space offered to it.</summary>
public enum SpacePlanKind
{
    /// <summary>Nothing to draw.</summary>
    Empty,
    /// <summary>Nothing fits here; try again on the next page.</summary>
    Wrap,
    /// <summary>A part fits; the rest continues on the next page.</summary>
    Partial,
    /// <summary>Everything that is left fits.</summary>
    Full,
}

/// <summary>The answer of <see cref="Element.Measure"/>: the kind of fit and the space used.</summary>
public readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height)
{
    public static SpacePlan Empty { get; } = new(SpacePlanKind.Empty, 0, 0);

    public static SpacePlan Wrap { get; } = new(SpacePlanKind.Wrap, 0, 0);

    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.Partial, width, height);

    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.Full, width, height);

    public bool Draws => Kind is SpacePlanKind.Partial or SpacePlanKind.Full;
}
