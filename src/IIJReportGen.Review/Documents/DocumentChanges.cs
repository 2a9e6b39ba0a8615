using IIJReportGen.Review.Alignment;

namespace IIJReportGen.Review.Documents;

/// <summary>A changed sentence (with its word-level redline), or an inserted or deleted paragraph, under the heading it falls in.</summary>
public sealed record ProseChange(ChangeKind Kind, string Section, string Element, string? Old, string? New, IReadOnlyList<RedlineSegment> Redline);

/// <summary>A table cell that changed, addressed by table, row label and column heading.</summary>
public sealed record CellChange(ChangeKind Kind, int TableNumber, string Table, string Row, string Column, string? Old, string? New);

/// <summary>The prose and table changes of one document, each in document order.</summary>
public sealed record DocumentChanges(string Document, IReadOnlyList<ProseChange> Prose, IReadOnlyList<CellChange> Cells)
{
    public bool IsEmpty => Prose.Count == 0 && Cells.Count == 0;
}
