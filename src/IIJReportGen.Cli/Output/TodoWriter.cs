using IIJReportGen.Pipeline.NextPeriod;
using Newtonsoft.Json;

namespace IIJReportGen.Cli.Output;

/// <summary>Prints `iijreport todo`'s list as text (for people), JSON (for pipelines) or CSV (to fill in a spreadsheet and import).</summary>
internal static class TodoWriter
{
    public static void Write(IReadOnlyList<TodoItem> items, string format, string dataset, TextWriter output)
    {
        switch (format)
        {
            case "csv":
                output.Write(TodoList.Csv(items));
                break;
            case "json":
                Json(items, output);
                break;
            default:
                Text(items, dataset, output);
                break;
        }
    }

    private static void Text(IReadOnlyList<TodoItem> items, string dataset, TextWriter output)
    {
        var (fill, review) = (items.Where(i => i.Key.Length == 0).ToList(), items.Where(i => i.Key.Length > 0).ToList());
        output.WriteLine($"To fill: {fill.Count} fact(s).");
        foreach (var item in fill)
            output.WriteLine($"  {item.Concept} {item.Period}: {item.Label} ({item.Unit}, typed ×10^{item.Scale}, {item.Decimals} decimal(s)){UsedIn(item)}");
        output.WriteLine($"To review: {review.Count} text(s).");
        foreach (var item in review)
            output.WriteLine($"  {item.Key}: {item.Label}{UsedIn(item)}");
        if (fill.Count > 0)
            output.WriteLine($"Fill them in a sheet: 'iijreport todo {dataset} --format csv > todo.csv', type the value column, then 'iijreport import {dataset} todo.csv'.");
        if (review.Count > 0)
            output.WriteLine($"Once a text is read (and rewritten if needed): 'iijreport review {dataset} KEY…'.");
    }

    private static string UsedIn(TodoItem item) => item.UsedIn.Count == 0 ? "" : " — used in " + string.Join("; ", item.UsedIn);

    private static void Json(IReadOnlyList<TodoItem> items, TextWriter output)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("toFill");
        json.WriteStartArray();
        foreach (var item in items.Where(i => i.Key.Length == 0))
        {
            json.WriteStartObject();
            Property(json, "concept", item.Concept);
            Property(json, "element", item.Element);
            Property(json, "label", item.Label);
            Property(json, "period", item.Period);
            Property(json, "unit", item.Unit);
            json.WritePropertyName("scale");
            json.WriteValue(item.Scale);
            json.WritePropertyName("decimals");
            json.WriteValue(item.Decimals);
            UsedInArray(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WritePropertyName("toReview");
        json.WriteStartArray();
        foreach (var item in items.Where(i => i.Key.Length > 0))
        {
            json.WriteStartObject();
            Property(json, "key", item.Key);
            Property(json, "opening", item.Label);
            UsedInArray(json, item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteLine();
    }

    private static void Property(JsonTextWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void UsedInArray(JsonTextWriter json, TodoItem item)
    {
        json.WritePropertyName("usedIn");
        json.WriteStartArray();
        foreach (var place in item.UsedIn)
            json.WriteValue(place);
        json.WriteEndArray();
    }
}
