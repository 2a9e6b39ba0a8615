using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>How a table shows its amounts: each value is the power of ten they are shown in.</summary>
public enum DisplayScale
{
    Units = 0,
    Thousands = 3,
    Millions = 6,
}

/// <summary>What is derived from a figure before it is shown: what a table column shows for its period, and what a figure form shows.</summary>
public enum Derivation
{
    /// <summary>The figure itself.</summary>
    Value,

    /// <summary>The figure translated at the convenience rate.</summary>
    Usd,

    /// <summary>The % change against the comparative period.</summary>
    YoyPercent,

    /// <summary>The difference against the comparative (or the column's Vs) period.</summary>
    Change,
}

/// <summary>Whether a line takes an instant concept at the start or end of each duration column.</summary>
public enum LineInstant
{
    None,
    Start,
    End,
}

/// <summary>One column of a table: a period and what to show of it; an optional column leaves cells without a value blank.</summary>
public sealed record TableColumn(string Period, Derivation Measure, string? Vs, string? Label, bool Optional, SourceLocation Location);

/// <summary>One line of a table: a caption (no concept) or a figure line with its calculation parent; its label in English and,
/// for a Japanese document showing the table, in Japanese.</summary>
public sealed record TableLine(
    string? Id,
    string? Concept,
    string Label,
    int Indent,
    bool Total,
    string? Parent,
    int Weight,
    LineInstant At,
    SourceLocation Location,
    string? LabelJa = null)
{
    public bool IsCaption => Concept is null;
}

/// <summary>A statement or management table: ordered lines, columns and how it is displayed; a Japanese document shows the same
/// table with its Japanese title and line labels.</summary>
public sealed record Table(
    string Key,
    string Title,
    string? Subtitle,
    string? Document,
    DisplayScale Display,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableLine> Lines,
    string? LinesFrom,
    SourceLocation Location,
    string? TitleJa = null) : IKeyed;
