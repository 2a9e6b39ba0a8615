namespace IIJReportGen.Dataset.Model;

/// <summary>The whole dataset of one reporting period: the single source of truth for every document.</summary>
public sealed record ReportDataset(
    string File,
    Company Company,
    ReportInfo Report,
    Policies Policies,
    Catalog<Unit> Units,
    Catalog<Period> Periods,
    Catalog<Concept> Concepts,
    Catalog<Measure> Measures,
    Catalog<Table> Tables,
    IReadOnlyList<TieOut> TieOuts,
    IReadOnlyList<PublishedFigure> AsPublished,
    Catalog<TextBlock> Texts)
{
    /// <summary>The kind of release (Q1, 1H, Q3, FY), from the current period's length; null when it is none of them.</summary>
    public ReportKind? Kind => Periods.TryGet(Report.Current, out var current) ? ReportKind.Of(current) : null;

    /// <summary>The texts a person has reviewed, as they stood then (<c>reviewed</c>; see <see cref="Reviews.TextReviews"/>).</summary>
    public Catalog<ReviewMark> Reviewed { get; init; } = new();

    /// <summary>The number of typed figures (concept × period values).</summary>
    public int FactCount => Concepts.Sum(c => c.Values.Count);

    /// <summary>A table's lines, following linesFrom to the table that defines them.</summary>
    public IReadOnlyList<TableLine> LinesOf(Table table)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (table.LinesFrom is { } source && seen.Add(table.Key) && Tables.TryGet(source, out var next))
            table = next;
        return table.Lines;
    }

    /// <summary>True when the id names a concept or a measure.</summary>
    public bool IsFigure(string id) => Concepts.Contains(id) || Measures.Contains(id);

    /// <summary>The unit key of a concept or measure.</summary>
    public string UnitOf(string id) => Concepts.TryGet(id, out var concept) ? concept.Unit : Measures[id].Unit;

    /// <summary>The label of a concept or measure.</summary>
    public string LabelOf(string id) => Concepts.TryGet(id, out var concept) ? concept.Label : Measures[id].Label;

    /// <summary>The names of a concept or measure by sign, when the dataset gives them.</summary>
    public LabelBySign? LabelBySignOf(string id) => Concepts.TryGet(id, out var concept) ? concept.LabelBySign : Measures[id].LabelBySign;
}
