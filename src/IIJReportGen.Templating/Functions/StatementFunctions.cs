using System.Text.Json;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Templating.Figures;
using IIJReportGen.Templating.Rendering;
using Scriban;
using Scriban.Runtime;

namespace IIJReportGen.Templating.Functions;

/// <summary>A dataset table ready to lay out: headings, and lines with their cells written as the table's display shows them.</summary>
/// <remarks>The table's shape is data (lines, columns, display); the partial template only decides the markup.</remarks>
internal sealed class StatementFunctions(RenderSession session, FigureWriter figures, ReferenceExpander expander) : TemplateFunctions
{
    // A template may ask for a table twice (its title, then the partial that draws it): built once, so each cell is one fact use.
    private readonly Dictionary<string, ScriptObject> _built = new(StringComparer.Ordinal);

    /// <summary>
    /// { key, title, subtitle (references expanded), display, translated (has a US$ column), columns: [{ period, measure, heading }], heading_groups: [{ heading, span, measure }],
    /// period_groups: [{ period, columns: [column indexes] }], lines: [{ label (references expanded), indent, total, caption, kind, cells }] }
    /// — a cell is the written figure, or empty (<see cref="FigureCell"/> decides its form); kind is "amount", "perShare", "ratio" or "count" (how the line's unit reads).
    /// period_groups serve tables laid out with periods as rows (the TSE summary).
    /// </summary>
    public ScriptObject Statement(TemplateContext context, string key)
    {
        if (_built.TryGetValue(key, out var built))
            return built;
        if (!session.Dataset.Tables.TryGet(key, out var table))
            throw session.Error(context, $"The dataset has no table '{key}'.",
                Dataset.Json.Suggestion.Hint(key, session.Dataset.Tables.Keys.ToList(), "tables"));
        var columns = table.Columns.Select(c => Column(table, c)).ToList();
        return _built[key] = new ScriptObject
        {
            ["key"] = table.Key,
            ["title"] = table.Title,
            ["title_ja"] = table.TitleJa,
            ["subtitle"] = table.Subtitle is { } subtitle ? expander.Expand(context, subtitle) : "",
            ["display"] = Name(table.Display),
            ["translated"] = table.Columns.Any(c => c.Measure == Derivation.Usd),
            ["columns"] = new ScriptArray(columns),
            ["heading_groups"] = new ScriptArray(HeadingGroups(columns)),
            ["period_groups"] = new ScriptArray(PeriodGroups(table.Columns)),
            ["lines"] = new ScriptArray(session.Dataset.LinesOf(table).Select(l => Line(context, table, l))),
        };
    }

    private ScriptObject Column(Table table, TableColumn column)
    {
        var period = session.Dataset.Periods[column.Period];
        var heading = column.Label ?? column.Measure switch
        {
            Derivation.Value or Derivation.Usd => table.Display == DisplayScale.Millions ? period.Short : period.Label,
            _ => "",
        };
        return new ScriptObject { ["period"] = column.Period, ["measure"] = Name(column.Measure), ["heading"] = heading };
    }

    /// <summary>Adjacent columns with the same heading share one heading cell (a period's US$ and JPY columns).</summary>
    private static IEnumerable<ScriptObject> HeadingGroups(IReadOnlyList<ScriptObject> columns)
    {
        for (var i = 0; i < columns.Count;)
        {
            var heading = (string)columns[i]["heading"]!;
            var span = 1;
            while (heading.Length > 0 && i + span < columns.Count && (string)columns[i + span]["heading"]! == heading)
                span++;
            yield return new ScriptObject { ["heading"] = heading, ["span"] = span, ["measure"] = columns[i]["measure"] };
            i += span;
        }
    }

    private static IEnumerable<ScriptObject> PeriodGroups(IReadOnlyList<TableColumn> columns) =>
        columns.Select((c, i) => (c.Period, Index: i)).GroupBy(c => c.Period)
            .Select(g => new ScriptObject { ["period"] = g.Key, ["columns"] = new ScriptArray(g.Select(c => (object)c.Index)) });

    private ScriptObject Line(TemplateContext context, Table table, TableLine line) => new()
    {
        ["kind"] = line.Concept is null ? "" : Name(FigureCell.Reading(session.Model, line.Concept, table.Display)),
        ["label"] = expander.Expand(context, line.Label),
        ["label_ja"] = line.LabelJa ?? (line.Concept is { } id && session.Dataset.Concepts.TryGet(id, out var concept) ? concept.LabelJa : null),
        ["indent"] = line.Indent,
        ["total"] = line.Total,
        ["caption"] = line.IsCaption,
        ["cells"] = new ScriptArray(table.Columns.Select(c => Cell(context, table, line, c))),
    };

    private object Cell(TemplateContext context, Table table, TableLine line, TableColumn column)
    {
        if (FigureCell.Of(session.Model, table, line, column) is not { } cell)
            return "";
        var written = figures.TryWrite(context, cell.Id, cell.Period, cell.Form, cell.Vs, magnitude: false, table.Key);
        if (written is null && cell.Form.IsFact && !column.Optional)
            return session.Missing(context, cell.Id, cell.Period, $"Table '{table.Key}': '{cell.Id}' has no value for '{cell.Period}'.",
                $"Add the value, or mark the column \"optional\": true in table '{table.Key}'.");
        return (object?)written ?? "";
    }

    private static string Name(DisplayScale display) => display.ToString().ToLowerInvariant();

    /// <summary>"amount", "perShare", "ratio", "count".</summary>
    private static string Name(UnitReading reading) => JsonNamingPolicy.CamelCase.ConvertName(reading.ToString());

    private static string Name(Derivation measure) => measure switch
    {
        Derivation.Usd => "usd",
        Derivation.YoyPercent => "yoyPercent",
        Derivation.Change => "change",
        _ => "value",
    };
}
