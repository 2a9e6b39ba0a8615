using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Dataset.Json;

/// <summary>
/// Reads a dataset's JSON tree for an edit and writes it back as the dataset is kept: same keys and order, figures exactly
/// as typed (decimals, never doubles), dates as strings, two-space indent and "\n" on every platform.
/// </summary>
/// <remarks>The one owner for every command that rewrites a dataset (rollforward, review), so each edit changes only what it means to.</remarks>
public static class DatasetJson
{
    public static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    /// <summary>The tree as text, ending as <paramref name="input"/> ended (with or without a final newline).</summary>
    public static string Write(JObject root, string input)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture) { NewLine = "\n" })
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2 })
            root.WriteTo(json);
        if (input.EndsWith('\n'))
            text.Append('\n');
        return text.ToString();
    }
}
