using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace IIJReportGen.Pipeline.Tests.Properties;

/// <summary>One random edit of a dataset's text, as a person under deadline might make it (or a broken editor).</summary>
public sealed record DatasetMutation(string Description, byte[] Bytes)
{
    public override string ToString() => Description;

    /// <summary>Random mutations of <paramref name="original"/>: a changed number, a deleted or duplicated line, a string swapped
    /// with a number, a truncation at a random byte, random Unicode inserted into a string.</summary>
    public static Gen<DatasetMutation> Of(string original)
    {
        var numbers = Regex.Matches(original, @"(?<=[:\[,]\s*)-?\d+(\.\d+)?(?=\s*[,\]\}])").ToArray();
        var strings = Regex.Matches(original, @"(?<=:\s*)""(?:[^""\\]|\\.)*""").ToArray();
        var lines = original.Split('\n');
        var bytes = Encoding.UTF8.GetBytes(original);
        var oddNumber = Gen.OneOf(
            Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Int[-3, 3].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.OneOf("1e400", "-1e400", "\"NaN\"", "79228162514264337593543950336", "0.000000000000000000000000000001", "1.5", "-0", "null", "true", "\"641,780\""));
        var unicode = Gen.Char.Array[1, 4].Select(cs => new string(cs));
        return Gen.OneOf(
            Gen.Select(Gen.Int[0, numbers.Length - 1], oddNumber, (i, n) =>
                Make($"number '{numbers[i].Value}' at {numbers[i].Index} → {n}", Splice(original, numbers[i], n))),
            Gen.Int[0, lines.Length - 1].Select(i =>
                Make($"line {i + 1} deleted", string.Join('\n', lines.Where((_, j) => j != i)))),
            Gen.Int[0, lines.Length - 1].Select(i =>
                Make($"line {i + 1} duplicated", string.Join('\n', lines.Take(i + 1).Append(lines[i]).Concat(lines.Skip(i + 1))))),
            Gen.Select(Gen.Int[0, strings.Length - 1], Gen.Int, (i, n) =>
                Make($"string at {strings[i].Index} → {n}", Splice(original, strings[i], n.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            Gen.Int[0, numbers.Length - 1].Select(i =>
                Make($"number at {numbers[i].Index} → string", Splice(original, numbers[i], $"\"{numbers[i].Value}\""))),
            Gen.Int[0, bytes.Length - 1].Select(n => new DatasetMutation($"truncated at byte {n}", bytes[..n])),
            Gen.Select(Gen.Int[0, strings.Length - 1], unicode, Gen.Bool, (i, text, escaped) =>
                Make($"inserted {(escaped ? "escaped" : "raw")} U+{string.Join(" U+", text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))} into the string at {strings[i].Index}",
                    original.Insert(strings[i].Index + 1, escaped ? string.Concat(text.Select(c => $"\\u{(int)c:x4}")) : text))));
    }

    /// <summary>One entry the templates may ask for taken out of <paramref name="original"/>: a report date, a text, a table,
    /// or one value of a concept — what a person forgets, or a rollforward drops.</summary>
    public static Gen<DatasetMutation> Removals(string original)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(original)!.AsObject();
        var entries = new[] { "report.dates", "texts", "tables" }
            .SelectMany(path => Members(root, path).Select(key => (Path: path, Key: key)))
            .Concat(root["concepts"]!.AsObject().SelectMany(c => Members(root, $"concepts.{c.Key}.values").Select(key => (Path: $"concepts.{c.Key}.values", Key: key))))
            .ToArray();
        return Gen.Int[0, entries.Length - 1].Select(i =>
        {
            var edited = System.Text.Json.Nodes.JsonNode.Parse(original)!.AsObject();
            Object(edited, entries[i].Path).Remove(entries[i].Key);
            return Make($"{entries[i].Path}.{entries[i].Key} removed", edited.ToJsonString());
        });
    }

    private static System.Text.Json.Nodes.JsonObject Object(System.Text.Json.Nodes.JsonObject root, string path) =>
        path.Split('.').Aggregate(root, (node, key) => node[key]!.AsObject());

    private static IEnumerable<string> Members(System.Text.Json.Nodes.JsonObject root, string path) =>
        Object(root, path).Select(m => m.Key).ToList();

    private static DatasetMutation Make(string description, string text) => new(description, Encoding.UTF8.GetBytes(text));

    private static string Splice(string text, Match match, string replacement) =>
        text[..match.Index] + replacement + text[(match.Index + match.Length)..];
}
