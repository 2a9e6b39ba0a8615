using IIJReportGen.Review.Alignment;

namespace IIJReportGen.Review.Facts;

/// <summary>A figure in both scales: as typed (in units of 10^scale; null for a dash) and in base units (a dash counts as zero).</summary>
public sealed record FigureValue(decimal? Typed, decimal Base);

/// <summary>Where a figure is shown: a table (key and title) and the line's label.</summary>
public sealed record Appearance(string Table, string TableTitle, string Line);

/// <summary>A typed fact that was added, removed or changed (old and new are null when absent).</summary>
public sealed record FactChange(ChangeKind Kind, string Concept, string Label, string Period, string Unit, int Scale,
    FigureValue? Old, FigureValue? New, IReadOnlyList<Appearance> AppearsIn)
{
    /// <summary>New minus old as typed; null unless both sides are figures.</summary>
    public decimal? TypedDelta => Old?.Typed is { } o && New?.Typed is { } n ? n - o : null;

    /// <summary>New minus old in base units; null unless both exist.</summary>
    public decimal? BaseDelta => Old is { } o && New is { } n ? n.Base - o.Base : null;

    /// <summary>The change in % of the old figure; null when there is no old figure or it is zero.</summary>
    public decimal? DeltaPercent => PercentOf(BaseDelta, Old?.Base);

    internal static decimal? PercentOf(decimal? delta, decimal? of) =>
        delta is { } d && of is { } o && o != 0 ? d / Math.Abs(o) * 100m : null;
}

/// <summary>A derived measure (EBITDA, margins, EPS …) whose value for a period changed, in base units.</summary>
public sealed record MeasureChange(ChangeKind Kind, string Measure, string Label, string Period, string Unit, decimal? Old, decimal? New, IReadOnlyList<Appearance> AppearsIn)
{
    public decimal? Delta => Old is { } o && New is { } n ? n - o : null;

    public decimal? DeltaPercent => FactChange.PercentOf(Delta, Old);
}

/// <summary>A table cell whose shown text changed (millions, YoY %, US$ …), with its table, line and column.</summary>
public sealed record CellValueChange(ChangeKind Kind, string Table, string TableTitle, string Line, string Column, string Figure, string Period, string? Old, string? New);

/// <summary>A dataset text (by key) that was added, removed or reworded, with its word-level redline.</summary>
public sealed record TextChange(ChangeKind Kind, string Key, string? Old, string? New, IReadOnlyList<RedlineSegment> Redline);
