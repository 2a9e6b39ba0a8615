using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Loading;

/// <summary>Checks one table's lines: figures defined, ids unique, parents present and acyclic, instants where asked.</summary>
internal sealed class TableLineCheck(ReportDataset dataset, Table table, DiagnosticBag diagnostics)
{
    public void Run()
    {
        var ids = new Dictionary<string, TableLine>(StringComparer.Ordinal);
        foreach (var line in table.Lines)
        {
            if (line.Concept is { } concept && !dataset.IsFigure(concept))
                Error(DatasetCodes.UndefinedReference, $"Table '{table.Key}': undefined concept or measure '{concept}'.", line.Location,
                    Suggestion.Hint(concept, dataset.Concepts.Keys.Concat(dataset.Measures.Keys).ToList(), "concepts"));
            if (line.Id is { } id && !ids.TryAdd(id, line))
                Error(DatasetCodes.DuplicateKey, $"Table '{table.Key}': line id '{id}' is used twice.", line.Location,
                    "Give the second line its own \"id\".");
            if (line.At != LineInstant.None && line.Concept is { } instant && !IsInstantConcept(instant))
                Error(DatasetCodes.InvalidValue, $"Table '{table.Key}': line '{line.Id}' takes '{instant}' at the {line.At.ToString().ToLowerInvariant()} of each period, but it has no instant values.",
                    line.Location, "Use \"at\" only with balance concepts that have values at instants.");
        }
        foreach (var line in table.Lines.Where(l => l.Parent is not null))
            if (!ids.ContainsKey(line.Parent!))
                Error(DatasetCodes.UndefinedReference, $"Table '{table.Key}': line '{line.Id ?? line.Label}' names parent '{line.Parent}', which is no line of this table.",
                    line.Location, Suggestion.Hint(line.Parent!, ids.Keys.ToList(), "line ids"));
        ParentCycles(ids);
    }

    private bool IsInstantConcept(string id) =>
        dataset.Concepts.TryGet(id, out var concept) &&
        concept.Values.Keys.Any(p => dataset.Periods.TryGet(p, out var period) && period.Type == PeriodType.Instant);

    private void ParentCycles(Dictionary<string, TableLine> ids)
    {
        foreach (var line in table.Lines.Where(l => l.Id is not null))
        {
            var seen = new List<string> { line.Id! };
            for (var current = line; current.Parent is { } parent && ids.TryGetValue(parent, out var next); current = next)
            {
                if (seen.Contains(parent))
                {
                    var cycle = seen.SkipWhile(id => id != parent).Append(parent);
                    Error(DatasetCodes.Cycle, $"Table '{table.Key}': calculation parents form a cycle: {string.Join(" → ", cycle)}.",
                        ids[parent].Location, "A total cannot be its own descendant: fix the \"parent\" of one of these lines.");
                    return;
                }
                seen.Add(parent);
            }
        }
    }

    private void Error(string code, string message, SourceLocation location, string hint) =>
        diagnostics.Add(Diagnostic.Error(code, message, location, hint));
}
