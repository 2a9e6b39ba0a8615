using IIJReportGen.Review.Alignment;

namespace IIJReportGen.Review.Documents;

/// <summary>Compares the tables of two builds cell by cell: tables by name, rows by label, columns by heading — never "table replaced".</summary>
internal static class TableDiff
{
    public static List<CellChange> Compare(IReadOnlyList<TableBlock> before, IReadOnlyList<TableBlock> after)
    {
        var changes = new List<CellChange>();
        var oldKeys = OccurrenceKeys.Of(before.Select(t => t.Name));
        var newKeys = OccurrenceKeys.Of(after.Select(t => t.Name));
        // Leftover tables in a gap pair up in order: a renamed table is still compared cell by cell.
        foreach (var pair in SequenceAlignment.AlignPairingGaps(before.Count, after.Count, (i, j) => oldKeys[i] == newKeys[j], (_, _) => true))
            CompareTable(pair.Old is { } o ? before[o] : null, pair.New is { } n ? after[n] : null, changes);
        return changes;
    }

    private static void CompareTable(TableBlock? before, TableBlock? after, List<CellChange> changes)
    {
        var table = (after ?? before)!;
        var oldRows = before?.Rows ?? [];
        var newRows = after?.Rows ?? [];
        var oldColumns = before?.Columns ?? [];
        var newColumns = after?.Columns ?? [];
        var columns = Align(oldColumns, newColumns);
        var oldRowKeys = OccurrenceKeys.Of(oldRows.Select(r => r.Label));
        var newRowKeys = OccurrenceKeys.Of(newRows.Select(r => r.Label));
        foreach (var row in SequenceAlignment.AlignPairingGaps(oldRows.Count, newRows.Count, (i, j) => oldRowKeys[i] == newRowKeys[j], (_, _) => true))
        {
            var oldRow = row.Old is { } o ? oldRows[o] : null;
            var newRow = row.New is { } n ? newRows[n] : null;
            var label = (newRow ?? oldRow)!.Label;
            var cells = new List<(bool IsLabel, CellChange Change)>();
            foreach (var column in columns)
            {
                var old = NullIfEmpty(Cell(oldRow, column.Old));
                var @new = NullIfEmpty(Cell(newRow, column.New));
                if (old == @new)
                    continue;
                var kind = old is null ? ChangeKind.Inserted : @new is null ? ChangeKind.Deleted : ChangeKind.Changed;
                var heading = column.New is { } c ? Heading(newColumns, c) : Heading(oldColumns, column.Old!.Value);
                cells.Add(((column.New ?? column.Old) == 0, new CellChange(kind, table.Number, table.Name, label, heading, old, @new)));
            }
            // A whole row added or removed shows its figures; its label cell only when it has none (a caption row).
            if ((oldRow is null || newRow is null) && cells.Any(c => !c.IsLabel))
                cells.RemoveAll(c => c.IsLabel);
            changes.AddRange(cells.Select(c => c.Change));
        }
    }

    private static IReadOnlyList<AlignedPair> Align(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var oldKeys = OccurrenceKeys.Of(before);
        var newKeys = OccurrenceKeys.Of(after);
        return SequenceAlignment.AlignPairingGaps(before.Count, after.Count, (i, j) => oldKeys[i] == newKeys[j], (_, _) => true);
    }

    private static string? Cell(TableRow? row, int? column) =>
        row is not null && column is { } c ? (c < row.Cells.Count ? row.Cells[c] : "") : null;

    private static string Heading(IReadOnlyList<string> columns, int column) =>
        columns[column].Length > 0 ? columns[column] : $"(column {column + 1})";

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

}
