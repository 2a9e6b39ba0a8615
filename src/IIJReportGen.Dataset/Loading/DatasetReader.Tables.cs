using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Dataset.Loading;

/// <summary>The tables section: columns and ordered lines.</summary>
internal sealed partial class DatasetReader
{
    private static readonly string[] DisplayScales = ["units", "thousands", "millions"];
    private static readonly string[] ColumnMeasures = ["value", "usd", "yoyPercent", "change"];
    private static readonly string[] LineInstants = ["start", "end"];

    private Table? ReadTable(string key, JsonItem token)
    {
        if (AsObject(token, $"Table '{key}'") is not { } json)
            return null;
        var title = json.String("title", required: true);
        var display = json.Choice("display", DisplayScales, required: true);
        var linesFrom = json.String("linesFrom");
        var columns = new List<TableColumn>();
        foreach (var column in json.Array("columns", required: true) ?? [])
            if (ReadColumn(column) is { } read)
                columns.Add(read);
        var lines = new List<TableLine>();
        foreach (var line in json.Array("lines", required: linesFrom is null) ?? [])
            if (ReadLine(line) is { } read)
                lines.Add(read);
        var table = new Table(key, title ?? key, json.String("subtitle"), json.String("document"), ParseDisplay(display),
            columns, lines, linesFrom, Where(token), json.String("titleJa"));
        json.Finish();
        return title is null || display is null ? null : table;
    }

    private static DisplayScale ParseDisplay(string? display) => display switch
    {
        "thousands" => DisplayScale.Thousands,
        "millions" => DisplayScale.Millions,
        _ => DisplayScale.Units,
    };

    private TableColumn? ReadColumn(JsonItem token)
    {
        if (AsObject(token, "A column") is not { } json)
            return null;
        var period = json.String("period", required: true);
        var measure = json.Choice("measure", ColumnMeasures) switch
        {
            "usd" => Derivation.Usd,
            "yoyPercent" => Derivation.YoyPercent,
            "change" => Derivation.Change,
            _ => Derivation.Value,
        };
        var column = new TableColumn(period ?? "", measure, json.String("vs"), json.String("label"), json.Bool("optional") ?? false, Where(token));
        json.Finish();
        return period is null ? null : column;
    }

    private TableLine? ReadLine(JsonItem token)
    {
        if (AsObject(token, "A line") is not { } json)
            return null;
        var concept = json.String("concept");
        var label = json.String("label");
        if (concept is null && label is null)
            json.Invalid(token, "A line needs a 'concept', a 'label', or both.", "A caption line has only \"label\".");
        var weight = json.Int("weight", -1, 1) ?? 1;
        if (weight == 0)
            json.Invalid(json.Json["weight"]!, "'weight' must be 1 or -1.", "Use -1 for a line subtracted from its parent.");
        var at = json.Choice("at", LineInstants) switch { "start" => LineInstant.Start, "end" => LineInstant.End, _ => LineInstant.None };
        var line = new TableLine(json.String("id") ?? concept, concept, label ?? "", json.Int("indent", 0, 8) ?? 0,
            json.Bool("total") ?? false, json.String("parent"), weight, at, Where(token), json.String("labelJa"));
        json.Finish();
        return line;
    }
}
