using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Xbrl;

/// <summary>One summation-item relationship: a table's total, one of its parts, and the part's weight.</summary>
public sealed record CalculationArc(Table Table, XbrlElement Parent, XbrlElement Child, int Weight);

/// <summary>The calculation relationships of the taxonomy: the same table parent/weight lines that validation foots.</summary>
/// <remarks>XBRL calculations bind facts of one context, so a line read at the start or end of a duration (opening and closing
/// cash) and a part whose period type differs from its total's stay out; the validation's tie-outs check those instead.</remarks>
public static class CalculationNetwork
{
    /// <summary>Every arc, per table (one extended link role each), in line order.</summary>
    public static IReadOnlyList<CalculationArc> Of(XbrlVocabulary vocabulary)
    {
        var arcs = new List<CalculationArc>();
        foreach (var table in vocabulary.Dataset.Tables.Where(t => t.LinesFrom is null))
        {
            var lines = table.Lines;
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
        }
        return arcs;
    }

    /// <summary>Arcs that break XBRL 2.1 §5.1.1.2: two items of the same balance need weight +1, of opposite balances -1.</summary>
    public static IEnumerable<string> BalanceConflicts(IEnumerable<CalculationArc> arcs) =>
        arcs.Where(a => a.Parent.Balance is not null && a.Child.Balance is not null && (a.Parent.Balance == a.Child.Balance) != (a.Weight > 0))
            .Select(a => $"Table '{a.Table.Key}': '{a.Child.Id}' ({a.Child.Balance}) adds to '{a.Parent.Id}' ({a.Parent.Balance}) with weight {a.Weight}; " +
                         "XBRL 2.1 §5.1.1.2 requires weight " + (a.Parent.Balance == a.Child.Balance ? "+1" : "-1") + " between these balances.");
}
