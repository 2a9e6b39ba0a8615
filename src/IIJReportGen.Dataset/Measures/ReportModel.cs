using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using IIJReportGen.Dataset.Expressions;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Dataset.Measures;

/// <summary>Facts plus everything derived from them: measures, US$ translations, changes and % changes.</summary>
/// <remarks>All values are in base units (JPY, shares, Gbps), with exact decimal arithmetic; rounding happens only when a figure is shown.</remarks>
public sealed class ReportModel
{
    // Filled as the documents, rendered at once, ask for measures.
    private readonly ConcurrentDictionary<(string Id, string Period), decimal?> _measureCache = new();
    private readonly Dictionary<DateOnly, Period> _instants;
    private readonly Dictionary<(string Of, string Period), decimal> _reportedChanges = [];

#if DEBUG
    /// <summary>Debug builds only: while a test holds a counter here, the models made in its own (async) flow are counted,
    /// so it can prove that a build makes exactly one.</summary>
    internal static readonly AsyncLocal<StrongBox<int>?> Constructions = new();
#endif

    public ReportModel(ReportDataset dataset)
    {
#if DEBUG
        if (Constructions.Value is { } made)
            made.Value++;
#endif
        Dataset = dataset;
        Currencies = Currencies.Of(dataset);
        _instants = dataset.Periods
            .Where(p => p.Type == PeriodType.Instant && p.Scenario == Scenario.Actual)
            .GroupBy(p => p.End)
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var concept in dataset.Concepts.Where(c => c is { Kind: ConceptKind.ReportedChange, ChangeOf: not null }))
            foreach (var (period, value) in concept.Values)
                if (value.Typed is { } percent)
                    _reportedChanges[(concept.ChangeOf!, period)] = percent;
    }

    public ReportDataset Dataset { get; }

    /// <summary>The reporting currency and the convenience translation's, whose words the documents write.</summary>
    public Currencies Currencies { get; }

    /// <summary>The value of a concept or measure for a period, in base units; null when it has none.</summary>
    public decimal? Value(string id, string period)
    {
        if (Dataset.Concepts.TryGet(id, out var concept))
            return concept.BaseValue(period);
        if (!Dataset.Measures.TryGet(id, out var measure))
            return null;
        if (_measureCache.TryGetValue((id, period), out var cached))
            return cached;
        var value = Evaluate(measure.Expression, period);
        _measureCache.TryAdd((id, period), value);
        return value;
    }

    /// <summary>Evaluates an expression for a period; null when an operand has no value or a divisor is zero.</summary>
    public decimal? Evaluate(Expression expression, string period) => expression switch
    {
        Literal literal => literal.Value,
        Reference reference => ResolvePeriod(reference, period) is { } key ? Value(reference.Id, key) : null,
        Negation negation => -Evaluate(negation.Operand, period),
        Binary binary => Apply(binary.Operator, Evaluate(binary.Left, period), Evaluate(binary.Right, period)),
        _ => throw new ArgumentOutOfRangeException(nameof(expression)),
    };

    /// <summary>The period key a reference reads, relative to the evaluated period.</summary>
    public string? ResolvePeriod(Reference reference, string period) => reference.Selector switch
    {
        PeriodSelector.Fixed => reference.PeriodKey,
        PeriodSelector.Start => InstantAt(period, opening: true),
        PeriodSelector.End => InstantAt(period, opening: false),
        _ => period,
    };

    /// <summary>The instant period at the opening (day before start) or closing date of a period, if the dataset has one.</summary>
    public string? InstantAt(string period, bool opening)
    {
        if (!Dataset.Periods.TryGet(period, out var p))
            return null;
        var date = opening ? p.OpeningDate : p.End;
        return date is { } d && _instants.TryGetValue(d, out var instant) ? instant.Key : null;
    }

    /// <summary>The period a table line reads in a column: the column's, or the instant at its start or end (beginning / ending cash).</summary>
    public string? PeriodOf(TableLine line, string columnPeriod) => line.At switch
    {
        LineInstant.Start => InstantAt(columnPeriod, opening: true),
        LineInstant.End => InstantAt(columnPeriod, opening: false),
        _ => columnPeriod,
    };

    /// <summary>True when the dataset types the figure as a dash for the period, or the figure is a measure of dashes only.</summary>
    /// <remarks>A measure that restates a dash (a cash-flow adjustment = -gain) shows the dash, not "0".</remarks>
    public bool IsNil(string id, string period)
    {
        if (Dataset.Concepts.TryGet(id, out var concept))
            return concept.Values.TryGetValue(period, out var value) && value.Typed is null;
        return Dataset.Measures.TryGet(id, out var measure) && AllNil(measure, period);
    }

    // A method of its own so that the lambda's closure is made only for a measure: inside IsNil it was made at every call.
    private bool AllNil(Measure measure, string period) =>
        measure.Expression.References().All(r => ResolvePeriod(r, period) is { } p && IsNil(r.Id, p));

    /// <summary>The value translated at the convenience rate (JPY → US$), for monetary figures.</summary>
    public decimal? Usd(string id, string period) =>
        Value(id, period) is { } value && IsMonetary(id) ? value / Dataset.Policies.Convenience.Rate : null;

    /// <summary>The difference against <paramref name="vs"/> (default: the period's comparative).</summary>
    public decimal? Change(string id, string period, string? vs = null) =>
        Value(id, period) is { } current && Comparative(period, vs) is { } basePeriod && Value(id, basePeriod) is { } prior
            ? current - prior
            : null;

    /// <summary>The % change against the comparative; null when a value is missing or the change is not meaningful.</summary>
    /// <remarks>Where the base is not in the dataset, the change the source reports (a reported-change concept) stands in.</remarks>
    public decimal? ChangePercent(string id, string period, string? vs = null)
    {
        if (Value(id, period) is not { } current)
            return null;
        var prior = Comparative(period, vs) is { } basePeriod ? Value(id, basePeriod) : null;
        if (prior is null)
            return vs is null && _reportedChanges.TryGetValue((id, period), out var reported) ? reported : null;
        return PercentMeaningful(current, prior.Value) ? (current - prior.Value) / prior.Value * 100m : null;
    }

    /// <summary>True when both values exist but a % change means nothing: the base is zero or negative, or a positive
    /// figure turned negative (a profit that became a loss is no "-191.7%").</summary>
    public bool ChangeNotMeaningful(string id, string period, string? vs = null) =>
        Value(id, period) is { } current && Comparative(period, vs) is { } basePeriod && Value(id, basePeriod) is { } prior
        && !PercentMeaningful(current, prior);

    private static bool PercentMeaningful(decimal current, decimal prior) => prior > 0 && current >= 0;

    /// <summary>The period a change compares with: the explicit one, or the period's comparative.</summary>
    public string? Comparative(string period, string? vs) =>
        vs ?? (Dataset.Periods.TryGet(period, out var p) ? p.Comparative : null);

    /// <summary>The precision of a figure's base value in XBRL terms (thousands of JPY → -3, per-share → 2).</summary>
    public int BaseDecimals(string id) =>
        Dataset.Concepts.TryGet(id, out var concept) ? concept.BaseDecimals : Dataset.Measures[id].Decimals ?? 0;

    /// <summary>True for figures in a currency.</summary>
    public bool IsMonetary(string id) =>
        Dataset.Units.TryGet(Dataset.UnitOf(id), out var unit) && (unit.IsMonetary || unit.Numerator is { } n && Dataset.Units.TryGet(n, out var num) && num.IsMonetary);

    /// <summary>One arithmetic step; null when an operand is missing, a divisor is zero, or the result leaves decimal's range.</summary>
    private static decimal? Apply(char op, decimal? left, decimal? right)
    {
        if (left is not { } l || right is not { } r)
            return null;
        try
        {
            return op switch
            {
                '+' => l + r,
                '-' => l - r,
                '*' => l * r,
                '/' => r == 0 ? null : l / r,
                _ => throw new ArgumentOutOfRangeException(nameof(op)),
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
