using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Xbrl;

/// <summary>One summation-item relationship: a table's total, one of its parts, and the part's weight.</summary>
public sealed record CalculationArc(Table Table, XbrlElement Parent, XbrlElement Child, int Weight);

/// <summary>A table's footing left out of the calculation linkbase, with the context where it does not hold.</summary>
public sealed record OmittedFooting(Table Table, XbrlElement Parent, IReadOnlyList<XbrlElement> Parts, string Context);

/// <summary>The calculation relationships of the taxonomy: the same table parent/weight lines that validation foots.</summary>
/// <remarks>XBRL calculations bind facts of one context, so a line read at the start or end of a duration (opening and closing
/// cash) and a part whose period type differs from its total's stay out; the validation's tie-outs check those instead.
/// A processor applies a footing to every context, while the dataset promises it only for the table's own columns (the
/// 3-month cash-flow statement omits lines that the 6-month one needs); a footing that does not hold in every context is
/// therefore left out and listed in <see cref="Omitted"/>.</remarks>
public sealed class CalculationNetwork
{
    private CalculationNetwork(IReadOnlyList<CalculationArc> arcs, IReadOnlyList<OmittedFooting> omitted)
    {
        Arcs = arcs;
        Omitted = omitted;
    }

    /// <summary>Every arc, per table (one extended link role each), in line order.</summary>
    public IReadOnlyList<CalculationArc> Arcs { get; }

    /// <summary>Footings that hold only for their table's own columns.</summary>
    public IReadOnlyList<OmittedFooting> Omitted { get; }

    public static CalculationNetwork Of(XbrlVocabulary vocabulary, IReadOnlyList<XbrlFact> facts)
    {
        var values = facts.Where(f => f.Value is not null)
            .ToDictionary(f => (f.Element.Name, f.Context.Id, f.Element.UnitId), f => Rounding.Round(f.Value!.Value, f.Element.Decimals, RoundingMode.HalfUp));
        var arcs = new List<CalculationArc>();
        var omitted = new List<OmittedFooting>();
        foreach (var table in vocabulary.Dataset.Tables.Where(t => t.LinesFrom is null))
            foreach (var footing in Footings(vocabulary, table))
            {
                if (FirstInconsistentContext(footing, values) is { } context)
                    omitted.Add(new OmittedFooting(table, footing[0].Parent, footing.Select(a => a.Child).ToList(), context));
                else
                    arcs.AddRange(footing);
            }
        return new CalculationNetwork(arcs, omitted);
    }

    /// <summary>Arcs that break XBRL 2.1 §5.1.1.2: two items of the same balance need weight +1, of opposite balances -1.</summary>
    public IEnumerable<string> BalanceConflicts() =>
        Arcs.Where(a => a.Parent.Balance is not null && a.Child.Balance is not null && (a.Parent.Balance == a.Child.Balance) != (a.Weight > 0))
            .Select(a => $"Table '{a.Table.Key}': '{a.Child.Id}' ({a.Child.Balance}) adds to '{a.Parent.Id}' ({a.Parent.Balance}) with weight {a.Weight}; " +
                         "XBRL 2.1 §5.1.1.2 requires weight " + (a.Parent.Balance == a.Child.Balance ? "+1" : "-1") + " between these balances.");

    /// <summary>A table's totals, each with the parts that add up to it, in line order.</summary>
    private static IEnumerable<List<CalculationArc>> Footings(XbrlVocabulary vocabulary, Table table)
    {
        var lines = table.Lines;
        var arcs = new List<CalculationArc>();
        var seen = new HashSet<(string, string)>();
        foreach (var line in lines.Where(l => l.Concept is not null && l.Parent is not null && l.At == LineInstant.None))
        {
            var total = lines.FirstOrDefault(l => l.Id == line.Parent);
            if (total?.Concept is null || total.At != LineInstant.None || total.Concept == line.Concept)
                continue;
            var parent = vocabulary.Element(total.Concept);
            var child = vocabulary.Element(line.Concept!);
            if (parent.PeriodType != child.PeriodType || !seen.Add((parent.Name, child.Name)))
                continue;
            arcs.Add(new CalculationArc(table, parent, child, line.Weight));
        }
        return arcs.GroupBy(a => a.Parent.Name).Select(g => g.ToList());
    }

    /// <summary>XBRL 2.1 §5.2.5.2: in each context and unit where the total has a value, the weighted sum of the parts present,
    /// each rounded to its decimals, rounds to the total; the first context where it does not, or null.</summary>
    private static string? FirstInconsistentContext(List<CalculationArc> footing, Dictionary<(string, string, string), decimal> values)
    {
        var parent = footing[0].Parent;
        foreach (var ((name, context, unit), total) in values.Where(v => v.Key.Item1 == parent.Name))
        {
            var parts = footing.Where(a => values.ContainsKey((a.Child.Name, context, unit))).ToList();
            if (parts.Count == 0)
                continue;
            var sum = parts.Sum(a => a.Weight * values[(a.Child.Name, context, unit)]);
            if (Rounding.Round(sum, parent.Decimals, RoundingMode.HalfUp) != total)
                return context;
        }
        return null;
    }
}
