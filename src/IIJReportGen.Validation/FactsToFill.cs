using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>A figure (a concept or a measure) asked for a period that has no value; <paramref name="Where"/> says what asks for it
/// (a table's or text's key, or a template place).</summary>
public sealed record MissingFigure(string Id, string Period, string Where);

/// <summary>One value to type: a concept's figure for a period, and everything that waits for it.</summary>
public sealed record FactToFill(Concept Concept, string Period, IReadOnlyList<string> Where);

/// <summary>
/// The facts still to fill, each once: missing figures traced to the concepts a person types — a measure's to the concepts it
/// is computed from, a change's to the comparative when the period itself has its value.
/// </summary>
public static class FactsToFill
{
    /// <summary>The figures validation finds missing (VAL005), each with the key of the table or text that shows it.</summary>
    public static IReadOnlyList<MissingFigure> Missing(ReportModel model)
    {
        var missing = new List<MissingFigure>();
        new MissingFactCheck(Presentation.For(model, document: null), new DiagnosticBag(), missing.Add).Run();
        return missing;
    }

    /// <summary>Each concept and period to type once, in the dataset's concept and period order, with all that asks for it.</summary>
    public static IReadOnlyList<FactToFill> Trace(ReportModel model, IEnumerable<MissingFigure> figures)
    {
        var where = new Dictionary<(string Concept, string Period), List<string>>();
        foreach (var figure in figures)
            foreach (var fact in Needed(model, figure))
            {
                if (!where.TryGetValue(fact, out var list))
                    where[fact] = list = [];
                if (!list.Contains(figure.Where))
                    list.Add(figure.Where);
            }
        var periods = model.Dataset.Periods.Keys.Select((key, index) => (key, index)).ToDictionary(p => p.key, p => p.index, StringComparer.Ordinal);
        return model.Dataset.Concepts
            .SelectMany(c => where.Where(f => f.Key.Concept == c.Key)
                .OrderBy(f => periods.GetValueOrDefault(f.Key.Period, int.MaxValue))
                .Select(f => new FactToFill(c, f.Key.Period, f.Value)))
            .ToList();
    }

    /// <summary>What the figure lacks: its own facts or, when it has them, those of the comparative a change is computed against.</summary>
    private static IReadOnlyList<(string Concept, string Period)> Needed(ReportModel model, MissingFigure figure)
    {
        var own = Unfilled(model, figure.Id, figure.Period).ToList();
        return own.Count == 0 && model.Comparative(figure.Period, null) is { } comparative
            ? Unfilled(model, figure.Id, comparative).ToList()
            : own;
    }

    /// <summary>The concepts without a value that a figure for a period needs: itself, or a measure's operands (at the periods they read).</summary>
    private static IEnumerable<(string Concept, string Period)> Unfilled(ReportModel model, string id, string period)
    {
        if (model.Dataset.Concepts.TryGet(id, out var concept))
        {
            if (!concept.Values.ContainsKey(period))
                yield return (id, period);
            yield break;
        }
        if (!model.Dataset.Measures.TryGet(id, out var measure))
            yield break;
        foreach (var reference in measure.Expression.References())
            if (model.ResolvePeriod(reference, period) is { } read)
                foreach (var fact in Unfilled(model, reference.Id, read))
                    yield return fact;
    }
}
