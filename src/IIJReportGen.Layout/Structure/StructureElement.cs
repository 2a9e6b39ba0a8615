namespace IIJReportGen.Layout;

/// <summary>The standard structure types of tagged PDF that the markup maps to (ISO 32000-1, 14.8.4).</summary>
public enum StructureRole
{
    Sect,
    Div,
    H1,
    H2,
    H3,
    H4,
    P,
    Note,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    THead,
    TBody,
    TR,
    TH,
    TD,
    Figure,
    Link,
}

/// <summary>Which cells a table header cell heads (PDF's /Scope attribute).</summary>
public enum HeaderScope
{
    Column,
    Row,
    Both,
}

/// <summary>
/// A node of the document's logical structure: a heading, a paragraph, a table cell… Marks in the drawing operations say
/// where its content starts and ends on each page it reaches; the same node met again on a later page continues.
/// </summary>
/// <remarks>Compared by reference: two paragraphs with the same text are two nodes.</remarks>
public sealed class StructureElement(StructureRole role)
{
    public StructureRole Role { get; } = role;

    /// <summary>What a figure shows, for readers who cannot see it.</summary>
    public string? AlternateText { get; init; }

    /// <summary>For a header cell: whether it heads its column, its row or both.</summary>
    public HeaderScope? Scope { get; init; }

    /// <summary>For a table cell: how many columns it spans.</summary>
    public int ColumnSpan { get; init; } = 1;
}
