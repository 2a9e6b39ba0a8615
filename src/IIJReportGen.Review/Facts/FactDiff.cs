using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Review.Alignment;

namespace IIJReportGen.Review.Facts;

/// <summary>The dataset-level changes: typed facts, then the derived figures and table cells that change with them, then texts.</summary>
public sealed record DatasetChanges(
    IReadOnlyList<FactChange> Facts,
    IReadOnlyList<MeasureChange> Measures,
    IReadOnlyList<CellValueChange> Cells,
    IReadOnlyList<TextChange> Texts)
{
    public bool IsEmpty => Facts.Count == 0 && Measures.Count == 0 && Cells.Count == 0 && Texts.Count == 0;
}

/// <summary>Compares two loaded datasets fact by fact and figure by figure, in document order.</summary>
public static class FactDiff
{
    /// <summary>The changes from <paramref name="oldModel"/> to <paramref name="newModel"/> (the models the caller also renders from).</summary>
    public static DatasetChanges Compare(ReportModel oldModel, ReportModel newModel)
    {
        var (before, after) = (oldModel.Dataset, newModel.Dataset);
        var appearances = Appearances(before, after);
        return new DatasetChanges(
            CompareFacts(before, after, appearances).ToList(),
            CompareMeasures(oldModel, newModel, appearances).ToList(),
            CompareCells(oldModel, newModel).ToList(),
            CompareTexts(before, after).ToList());
    }

    private static IEnumerable<FactChange> CompareFacts(ReportDataset before, ReportDataset after, ILookup<string, Appearance> appearances)
    {
        foreach (var key in SequenceAlignment.MergeKeys([.. before.Concepts.Keys], [.. after.Concepts.Keys]))
        {
            var oldConcept = before.Concepts.TryGet(key, out var o) ? o : null;
            var newConcept = after.Concepts.TryGet(key, out var n) ? n : null;
            var concept = (newConcept ?? oldConcept)!;
            var oldPeriods = oldConcept?.Values.Keys.ToList() ?? [];
            var newPeriods = newConcept?.Values.Keys.ToList() ?? [];
            foreach (var period in SequenceAlignment.MergeKeys(oldPeriods, newPeriods))
            {
                var old = Figure(oldConcept, period);
                var @new = Figure(newConcept, period);
                if (old == @new && oldConcept?.Scale == newConcept?.Scale)
                    continue;
                yield return new FactChange(KindOf(old, @new), key, concept.Label, period, concept.Unit, concept.Scale, old, @new, appearances[key].ToList());
            }
        }
    }

    private static FigureValue? Figure(Concept? concept, string period) =>
        concept is not null && concept.Values.TryGetValue(period, out var value)
            ? new FigureValue(value.Typed, concept.BaseValue(period)!.Value)
            : null;

    private static IEnumerable<MeasureChange> CompareMeasures(ReportModel before, ReportModel after, ILookup<string, Appearance> appearances)
    {
        var periods = SequenceAlignment.MergeKeys([.. before.Dataset.Periods.Keys], [.. after.Dataset.Periods.Keys]).ToList();
        foreach (var key in SequenceAlignment.MergeKeys([.. before.Dataset.Measures.Keys], [.. after.Dataset.Measures.Keys]))
        {
            var measure = after.Dataset.Measures.TryGet(key, out var n) ? n : before.Dataset.Measures[key];
            foreach (var period in periods)
            {
                var old = before.Dataset.Measures.Contains(key) ? before.Value(key, period) : null;
                var @new = after.Dataset.Measures.Contains(key) ? after.Value(key, period) : null;
                if (old != @new)
                    yield return new MeasureChange(KindOf(old, @new), key, measure.Label, period, measure.Unit, old, @new, appearances[key].ToList());
            }
        }
    }

    private static IEnumerable<CellValueChange> CompareCells(ReportModel before, ReportModel after)
    {
        static string Key(ShownCell c) => $"{c.Table}\n{c.Line}\n{c.Column}";
        var oldCells = ShownCells.Of(before).ToDictionary(Key, StringComparer.Ordinal);
        var newCells = ShownCells.Of(after).ToDictionary(Key, StringComparer.Ordinal);
        foreach (var key in SequenceAlignment.MergeKeys([.. oldCells.Keys], [.. newCells.Keys]))
        {
            var old = oldCells.TryGetValue(key, out var o) ? o : null;
            var @new = newCells.TryGetValue(key, out var n) ? n : null;
            var oldText = string.IsNullOrEmpty(old?.Text) ? null : old.Text;
            var newText = string.IsNullOrEmpty(@new?.Text) ? null : @new.Text;
            if (oldText == newText)
                continue;
            var cell = (@new ?? old)!;
            yield return new CellValueChange(KindOf(oldText, newText), cell.Table, cell.TableTitle, cell.LineLabel, cell.ColumnHeading, cell.Figure, cell.Period, oldText, newText);
        }
    }

    private static IEnumerable<TextChange> CompareTexts(ReportDataset before, ReportDataset after)
    {
        foreach (var key in SequenceAlignment.MergeKeys([.. before.Texts.Keys], [.. after.Texts.Keys]))
        {
            var old = before.Texts.TryGet(key, out var o) ? Describe(o) : null;
            var @new = after.Texts.TryGet(key, out var n) ? Describe(n) : null;
            if (old != @new)
                yield return new TextChange(KindOf(old, @new), key, old, @new, Redline.Of(old ?? "", @new ?? ""));
        }
    }

    /// <summary>A text with its attribution, so a changed speaker or verb shows too.</summary>
    private static string Describe(TextBlock text)
    {
        var attribution = string.Join(", ", new[] { text.Speaker, text.Title, text.Verb }.Where(s => !string.IsNullOrEmpty(s)));
        return attribution.Length == 0 ? text.Text : $"{text.Text} ({attribution})";
    }

    /// <summary>Every table line each figure appears on, in both datasets (the new one's first).</summary>
    private static ILookup<string, Appearance> Appearances(ReportDataset before, ReportDataset after)
    {
        static IEnumerable<(string Id, Appearance Where)> Of(ReportDataset dataset) =>
            dataset.Tables.SelectMany(t => dataset.LinesOf(t).Where(l => l.Concept is not null)
                .Select(l => (l.Concept!, new Appearance(t.Key, t.Title, l.Label))));
        return Of(after).Concat(Of(before)).Distinct().ToLookup(a => a.Id, a => a.Where, StringComparer.Ordinal);
    }

    private static ChangeKind KindOf(object? old, object? @new) =>
        old is null ? ChangeKind.Inserted : @new is null ? ChangeKind.Deleted : ChangeKind.Changed;
}
