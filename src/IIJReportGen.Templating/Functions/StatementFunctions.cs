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
    /// — a cell is the written figure, or empty; kind is "amount", "perShare", "ratio" or "count" (how the line's unit reads).
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
            ["subtitle"] = table.Subtitle is { } subtitle ? expander.Expand(context, subtitle) : "",
            ["display"] = Name(table.Display),
            ["translated"] = table.Columns.Any(c => c.Measure == ColumnMeasure.Usd),
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
            ColumnMeasure.Value or ColumnMeasure.Usd => table.Display == DisplayScale.Millions ? period.Short : period.Label,
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
        ["kind"] = line.Concept is null ? "" : Kind(line.Concept, table.Display),
        ["label"] = expander.Expand(context, line.Label),
        ["indent"] = line.Indent,
        ["total"] = line.Total,
        ["caption"] = line.IsCaption,
        ["cells"] = new ScriptArray(table.Columns.Select(c => line.Concept is null ? (object)"" : Cell(context, table, line, line.Concept, c))),
    };

    private object Cell(TemplateContext context, Table table, TableLine line, string id, TableColumn column)
    {
        if (session.Model.PeriodOf(line, column.Period) is not { } period || FormOf(id, column.Measure, table.Display) is not { } form)
            return "";
        var vs = column.Vs is { } v ? session.Model.PeriodOf(line, v) : null;
        var cell = figures.TryWrite(context, id, period, form, vs, magnitude: false, table.Key);
        if (cell is null && form.IsFact && !column.Optional)
            throw session.Error(context, $"Table '{table.Key}': '{id}' has no value for '{period}'.",
                $"Add the value, or mark the column \"optional\": true in table '{table.Key}'.");
        return (object?)cell ?? "";
    }

    /// <summary>How a line's unit reads: an amount (at the table's scale), a per-share amount, a ratio (shown as %), or a count.</summary>
    private string Kind(string id, DisplayScale display)
    {
        var unit = session.Dataset.Units[session.Dataset.UnitOf(id)];
        if (session.Model.IsMonetary(id))
            return unit.Denominator is null ? "amount" : "perShare";
        return unit.Xbrl == "xbrli:pure" && display != DisplayScale.Units ? "ratio" : "count";
    }

    /// <summary>How a cell shows its figure: amounts at the table's display scale, other units at their own precision, ratios as %.</summary>
    private FigureForm? FormOf(string id, ColumnMeasure measure, DisplayScale display)
    {
        var kind = Kind(id, display);
        var amount = kind == "amount";
        return measure switch
        {
            ColumnMeasure.Value when amount => Scaled(display, FigureForm.Thousands, FigureForm.Millions, FigureForm.Units),
            ColumnMeasure.Value => kind == "ratio" ? FigureForm.Percent : FigureForm.Units,
            ColumnMeasure.Usd when amount => Scaled(display, FigureForm.UsdThousands, FigureForm.UsdMillions, FigureForm.UsdUnits),
            ColumnMeasure.Usd => kind == "perShare" ? FigureForm.UsdUnits : null,
            ColumnMeasure.YoyPercent => FigureForm.YoyPercent,
            _ when amount => Scaled(display, FigureForm.ChangeThousands, FigureForm.ChangeMillions, FigureForm.ChangeUnits),
            _ => FigureForm.ChangeUnits,
        };
    }

    private static FigureForm Scaled(DisplayScale display, FigureForm thousands, FigureForm millions, FigureForm units) =>
        display switch { DisplayScale.Thousands => thousands, DisplayScale.Millions => millions, _ => units };

    private static string Name(DisplayScale display) => display.ToString().ToLowerInvariant();

    private static string Name(ColumnMeasure measure) => measure switch
    {
        ColumnMeasure.Usd => "usd",
        ColumnMeasure.YoyPercent => "yoyPercent",
        ColumnMeasure.Change => "change",
        _ => "value",
    };
}
