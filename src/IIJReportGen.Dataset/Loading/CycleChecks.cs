using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Loading;

/// <summary>Finds measures that depend on themselves, directly or through other measures.</summary>
internal sealed class MeasureCycleCheck(ReportDataset dataset, DiagnosticBag diagnostics)
{
    public void Run()
    {
        var finished = new HashSet<string>(StringComparer.Ordinal);
        foreach (var measure in dataset.Measures)
            Visit(measure.Key, [], finished);
    }

    private void Visit(string key, List<string> path, HashSet<string> finished)
    {
        if (finished.Contains(key) || !dataset.Measures.TryGet(key, out var measure))
            return;
        if (path.Contains(key))
        {
            var cycle = path.SkipWhile(k => k != key).Append(key);
            diagnostics.Add(Diagnostic.Error(DatasetCodes.Cycle, $"Measures depend on themselves: {string.Join(" → ", cycle)}.",
                measure.Location, "Rewrite one of these expressions in terms of concepts."));
            finished.Add(key);
            return;
        }
        path.Add(key);
        foreach (var reference in measure.Expression.References())
            Visit(reference.Id, path, finished);
        path.RemoveAt(path.Count - 1);
        finished.Add(key);
    }
}

/// <summary>Finds tables whose linesFrom chains loop back on themselves.</summary>
internal sealed class LinesFromCycleCheck(ReportDataset dataset, DiagnosticBag diagnostics)
{
    public void Run()
    {
        foreach (var table in dataset.Tables.Where(t => t.LinesFrom is not null))
        {
            var seen = new List<string> { table.Key };
            for (var current = table; current.LinesFrom is { } source && dataset.Tables.TryGet(source, out var next); current = next)
            {
                if (seen.Contains(source))
                {
                    diagnostics.Add(Diagnostic.Error(DatasetCodes.Cycle, $"Tables take their lines from each other in a cycle: {string.Join(" → ", seen)} → {source}.",
                        table.Location, "One table of the chain must define its own \"lines\"."));
                    break;
                }
                seen.Add(source);
            }
        }
    }
}
