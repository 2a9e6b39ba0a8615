using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Dataset.Json;

/// <summary>
/// Reads a dataset's JSON tree for an edit and writes it back as the dataset is kept: same keys and order, figures exactly
/// as typed (decimals, never doubles), dates as strings, two-space indent and "\n" on every platform, and an object or list
/// the file wrote on one line (<c>{ "text": …, "confirm": … }</c>) on one line still — as it was typed when the edit left it
/// alone, else as <c>{ "key": value, … }</c> — so an edit changes only the lines it means to.
/// </summary>
/// <remarks>The one owner for every command that rewrites a dataset (rollforward, review, import), so each edit changes only what it means to.</remarks>
public static class DatasetJson
{
    public static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None };
        var root = JObject.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        OneLine.Mark(root, json);
        return root;
    }

    /// <summary>The tree as text, ending as <paramref name="input"/> ended (with or without a final newline).</summary>
    public static string Write(JObject root, string input)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture) { NewLine = "\n" })
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2 })
            WriteToken(json, root);
        if (input.EndsWith('\n'))
            text.Append('\n');
        return text.ToString();
    }

    private static void WriteToken(JsonWriter json, JToken token)
    {
        if (token.Annotation<OneLine>() is { } line)
        {
            json.WriteRawValue(line.Text(token));
            return;
        }
        switch (token)
        {
            case JObject obj:
                json.WriteStartObject();
                foreach (var property in obj.Properties())
                {
                    json.WritePropertyName(property.Name);
                    WriteToken(json, property.Value);
                }
                json.WriteEndObject();
                break;
            case JArray array:
                json.WriteStartArray();
                foreach (var item in array)
                    WriteToken(json, item);
                json.WriteEndArray();
                break;
            default:
                token.WriteTo(json);
                break;
        }
    }

    /// <summary>An object or list typed on one line: its text as typed, and what it held then, so it is written as typed while unchanged.</summary>
    private sealed class OneLine(string typed, string held)
    {
        /// <summary>Marks every object and list that starts and ends on one line of <paramref name="json"/> (the outermost of nested ones).</summary>
        public static void Mark(JContainer container, string json)
        {
            var lineStarts = LineStarts(json);
            foreach (var token in container.DescendantsAndSelf().OfType<JContainer>().Where(c => c is JObject or JArray).ToList())
            {
                if (token.Ancestors().Any(a => a.Annotation<OneLine>() is not null) || token is not IJsonLineInfo { LineNumber: > 0 } info)
                    continue;
                // The line info of an object or list is the position just after its opening bracket.
                var start = lineStarts[info.LineNumber - 1] + info.LinePosition - 1;
                if (token.Parent is null || start < 0 || start >= json.Length || json[start] is not ('{' or '[') || CloseOnLine(json, start) is not { } end)
                    continue;
                token.AddAnnotation(new OneLine(json[start..(end + 1)], Compact(token)));
            }
        }

        /// <summary>As typed while it holds what it held; else written afresh on one line.</summary>
        public string Text(JToken token) => Compact(token) is var now && now == held ? typed : now;

        /// <summary>{ "key": value, … } and [ item, … ] on one line, values as the writer writes them; {} and [] when empty.</summary>
        private static string Compact(JToken token) => token switch
        {
            JObject { Count: 0 } => "{}",
            JArray { Count: 0 } => "[]",
            JObject obj => "{ " + string.Join(", ", obj.Properties().Select(p => JsonConvert.ToString(p.Name) + ": " + Compact(p.Value))) + " }",
            JArray array => "[ " + string.Join(", ", array.Select(Compact)) + " ]",
            _ => token.ToString(Formatting.None),
        };

        private static List<int> LineStarts(string json)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < json.Length; i++)
                if (json[i] == '\n')
                    starts.Add(i + 1);
            return starts;
        }

        /// <summary>The index of the bracket that closes the one at <paramref name="open"/> on the same line, skipping strings; null if
        /// a line ends first (a JSON string holds no raw line break).</summary>
        private static int? CloseOnLine(string json, int open)
        {
            var depth = 0;
            for (var i = open; i < json.Length; i++)
            {
                switch (json[i])
                {
                    case '\n':
                        return null;
                    case '"':
                        for (i++; i < json.Length && json[i] != '"'; i++)
                            if (json[i] == '\\')
                                i++;
                        break;
                    case '{' or '[':
                        depth++;
                        break;
                    case '}' or ']' when --depth == 0:
                        return i;
                }
            }
            return null;
        }
    }
}
