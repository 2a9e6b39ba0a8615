using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>
/// Every figure a table shows, and every figure a text, table title, subtitle or line label cites, must have a value: a
/// missing fact would print as a blank, or stop the build at the template that writes the citation.
/// </summary>
/// <remarks>Each finding is also handed to <paramref name="found"/> as the figure asked for, for the list of facts to fill.</remarks>
internal sealed class MissingFactCheck(Presentation presentation, DiagnosticBag diagnostics, Action<MissingFigure>? found = null)
{
    private ReportModel Model => presentation.Model;

    public int Run()
    {
        var cells = 0;
        foreach (var table in Model.Dataset.Tables)
            foreach (var line in Model.Dataset.LinesOf(table).Where(l => l.Concept is not null))
                foreach (var column in table.Columns)
                {
                    cells++;
                    Check(table, line, column);
                }
        foreach (var table in Model.Dataset.Tables)
        {
            foreach (var heading in new[] { table.Title, table.Subtitle }.OfType<string>())
                cells += CheckCited(heading, "Table", table.Key, table.Location);
            foreach (var line in table.Lines)
                cells += CheckCited(line.Label, "Table", table.Key, line.Location);
        }
        foreach (var text in Model.Dataset.Texts)
            foreach (var paragraph in text.Paragraphs)
                cells += CheckCited(paragraph, "Text", text.Key, text.Location);
        return cells;
    }

    /// <summary>The figures cited as {Concept@PERIOD|form} in some words; returns how many were checked.</summary>
    private int CheckCited(string words, string kind, string key, SourceLocation location)
    {
        var cited = TextReference.FindAll(words).Where(r => r is { Id: not null, Form: not null }).ToList();
        foreach (var reference in cited.Where(r => presentation.Show(r.Id!, r.Period, r.Form!) is null))
        {
            found?.Invoke(new MissingFigure(reference.Id!, reference.Period, key));
            var concept = Model.Dataset.Concepts.Contains(reference.Id!);
            diagnostics.Add(Diagnostic.Error(ValidationCodes.MissingFact,
                $"{kind} '{key}' cites {reference.Placeholder}, but the dataset has no value for it.",
                location,
                concept && Model.Value(reference.Id!, reference.Period) is null
                    ? $"Add \"{reference.Period}\": <figure> to the values of concept '{reference.Id}' (use null for a dash)."
                    : $"'{reference.Id}' cannot be shown as {reference.Format} for {reference.Period}: add the facts it needs (a change needs the comparative's too)."));
        }
        return cited.Count;
    }

    private void Check(Table table, TableLine line, TableColumn column)
    {
        var id = line.Concept!;
        // An optional column, or one that does not show this kind of figure (US$ of a count), is blank by design.
        if (column.Optional || FigureCell.FormOf(Model, table, id, column.Measure) is null)
            return;
        var cell = FigureCell.Of(Model, table, line, column);
        if (cell is not null && presentation.Show(cell) is not null)
            return;
        var period = cell?.Period ?? Model.PeriodOf(line, column.Period);
        if (period is not null && Model.Value(id, period) is not null)
            period = Model.Comparative(period, cell?.Vs); // the period has its value: what it compares with lacks one
        if (period is not null)
            found?.Invoke(new MissingFigure(id, period, table.Key));
        var shown = period ?? $"the {line.At.ToString().ToLowerInvariant()} of {column.Period}";
        diagnostics.Add(Diagnostic.Error(ValidationCodes.MissingFact,
            $"Table '{table.Key}' shows '{id}' for {shown}, but the dataset has no value for it.",
            line.Location,
            Model.Dataset.Concepts.Contains(id)
                ? $"Add \"{period ?? "…"}\": <figure> to the values of concept '{id}' (use null for a dash)."
                : $"Measure '{id}' cannot be computed for {shown}: add the facts its expression uses."));
    }
}
