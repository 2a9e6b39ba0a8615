using System.Globalization;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Xbrl;

/// <summary>One fact of the instance: an element in a context, with its value (null: nil, a dash in the dataset).</summary>
public sealed record XbrlFact(XbrlElement Element, XbrlContext Context, decimal? Value)
{
    /// <summary>The value as xs:decimal text, culture-invariant; null for a nil fact.</summary>
    public string? Text => Value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>The decimals attribute: the element's precision (never INF: every figure is rounded or measured).</summary>
    public string DecimalsText => Element.Decimals.ToString(CultureInfo.InvariantCulture);

    /// <summary>Every fact the dataset yields: typed facts, derived measures, derived year-on-year changes — in dataset order.</summary>
    public static IReadOnlyList<XbrlFact> AllOf(XbrlVocabulary vocabulary)
    {
        var dataset = vocabulary.Dataset;
        var model = vocabulary.Model;
        var facts = new List<XbrlFact>();
        foreach (var concept in dataset.Concepts)
        {
            var element = vocabulary.Element(concept.Key);
            var percent = concept.Kind == ConceptKind.ReportedChange;
            foreach (var period in dataset.Periods.Where(p => concept.Values.ContainsKey(p.Key)))
            {
                var typed = concept.Values[period.Key].Typed;
                var value = typed is null ? (decimal?)null : concept.BaseValue(period.Key)!.Value / (percent ? 100m : 1m);
                facts.Add(new XbrlFact(element, vocabulary.Context(period.Key), value));
            }
        }
        foreach (var measure in dataset.Measures)
        {
            var element = vocabulary.Element(measure.Key);
            foreach (var period in dataset.Periods.Where(p => p.Type == element.PeriodType))
                if (model.Value(measure.Key, period.Key) is { } value)
                    facts.Add(new XbrlFact(element, vocabulary.Context(period.Key), Rounding.Round(value, element.Decimals, RoundingMode.HalfUp)));
        }
        var taken = facts.Select(f => (f.Element.Name, f.Context.Id)).ToHashSet();
        foreach (var change in vocabulary.ChangeElements)
            foreach (var period in dataset.Periods)
                if (model.ChangePercent(change.Id, period.Key) is { } percent && taken.Add((change.Name, vocabulary.ContextId(period.Key))))
                    facts.Add(new XbrlFact(change, vocabulary.Context(period.Key), Rounding.Round(percent / 100m, change.Decimals, RoundingMode.HalfUp)));
        return facts;
    }
}
