using System.Text;
using System.Text.Json;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Json;

/// <summary>JSON text read into <see cref="JsonItem"/>s in one pass of System.Text.Json's strict reader (no comments, no
/// trailing commas, nesting up to 64), with what the reading finds: a syntax error, the first duplicate key or number
/// that cannot be read (where the dataset's reader always stopped), and the strings and numbers the dataset refuses.</summary>
public sealed class JsonTree
{
    private readonly ReadOnlyMemory<byte> _json;
    private readonly List<Diagnostic> _badCharacters = [];
    private readonly List<Diagnostic> _beyondDecimal = [];

    // A name or a short value is one string however often it is written ("label", "JPY", "1H13": thousands of times).
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private const int ShortString = 48;

    private JsonTree(JsonSource source, ReadOnlyMemory<byte> json) => (Source, _json) = (source, json);

    /// <summary>The file's name and lines, for locating what was read (the model's findings too).</summary>
    public JsonSource Source { get; }

    /// <summary>The value the text holds; null after a syntax error.</summary>
    public JsonItem? Root { get; private set; }

    /// <summary>The syntax error (DS002), when the text is not JSON.</summary>
    public Diagnostic? Syntax { get; private set; }

    /// <summary>The first duplicate key (DS008) or number no reader takes (DS013, DS002), in the file's order.</summary>
    public Diagnostic? Fault { get; private set; }

    /// <summary>Each string (name or value) holding a character no document can show (DS006), in the file's order.</summary>
    public IReadOnlyList<Diagnostic> BadCharacters => _badCharacters;

    /// <summary>Each whole number beyond the range of a decimal (DS013), in the file's order.</summary>
    public IReadOnlyList<Diagnostic> BeyondDecimal => _beyondDecimal;

    /// <param name="file">The file's name, as findings give it.</param>
    /// <param name="json">Its text as UTF-8, without a byte order mark.</param>
    public static JsonTree Read(string file, ReadOnlyMemory<byte> json)
    {
        var tree = new JsonTree(new JsonSource(file, json), json);
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        try
        {
            reader.Read();
            var root = tree.Value(ref reader, JsonPath.Root);
            while (reader.Read())
            {
            }
            tree.Root = root;
        }
        catch (JsonException e)
        {
            var (line, column) = tree.Source.Position(ErrorOffset(json.Span, e));
            tree.Syntax = Diagnostic.Error(DatasetCodes.MalformedJson, "Malformed JSON: " + JsonSyntaxMessage.Describe(e.Message),
                new SourceLocation(file, line, column), JsonSyntaxMessage.Hint(e.Message));
        }
        return tree;
    }

    /// <summary>The byte a syntax error points at: the reader counts lines by \n alone and columns in bytes, where a finding
    /// counts \r\n and \r as line ends too and columns in UTF-16 units (JsonSource.Position turns the offset into those).</summary>
    private static int ErrorOffset(ReadOnlySpan<byte> json, JsonException e)
    {
        var start = 0;
        for (var line = e.LineNumber ?? 0; line > 0 && json[start..].IndexOf((byte)'\n') is >= 0 and var next; line--)
            start += next + 1;
        return Math.Min(start + (int)(e.BytePositionInLine ?? 0), json.Length);
    }

    private JsonItem Value(ref Utf8JsonReader reader, JsonPath path)
    {
        var offset = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return Object(ref reader, path, offset);
            case JsonTokenType.StartArray:
                var items = new List<JsonItem>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    items.Add(Value(ref reader, path.Item(items.Count)));
                return JsonItem.Of(items, offset, path);
            case JsonTokenType.String:
                var text = Text(ref reader);
                CheckCharacters(text, offset, path);
                return JsonItem.Of(text, offset, path);
            case JsonTokenType.Number:
                return Number(reader.ValueSpan, offset, path);
            case JsonTokenType.True or JsonTokenType.False:
                return JsonItem.Of(reader.TokenType == JsonTokenType.True, offset, path);
            default:
                return JsonItem.Null(offset, path);
        }
    }

    private JsonItem Object(ref Utf8JsonReader reader, JsonPath path, int offset)
    {
        var properties = new List<JsonProperty>();
        HashSet<string>? names = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameOffset = (int)reader.TokenStartIndex;
            var name = Text(ref reader);
            var valuePath = path.Property(name);
            if (IsDuplicate(name, properties, ref names))
                Fault ??= DuplicateKey(valuePath, nameOffset + reader.ValueSpan.Length + 2);
            CheckCharacters(name, nameOffset, valuePath);
            reader.Read();
            properties.Add(new JsonProperty(name, nameOffset, Value(ref reader, valuePath)));
        }
        return JsonItem.Of(properties, offset, path);
    }

    private static bool IsDuplicate(string name, List<JsonProperty> properties, ref HashSet<string>? names)
    {
        if (names is null && properties.Count < 8)
        {
            foreach (var property in properties)
                if (property.Name == name)
                    return true;
            return false;
        }
        names ??= properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        return !names.Add(name);
    }

    private string Text(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (reader.ValueIsEscaped)
            return JsonEscapes.Unescape(raw);
        if (raw.Length > ShortString)
            return Encoding.UTF8.GetString(raw);
        Span<char> chars = stackalloc char[ShortString];
        chars = chars[..Encoding.UTF8.GetChars(raw, chars)];
        var strings = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!strings.TryGetValue(chars, out var text))
        {
            text = new string(chars);
            _strings.Add(text, text);
        }
        return text;
    }

    private void CheckCharacters(string text, int offset, JsonPath path)
    {
        if (TextCharacterCheck.Check(text, (Source, offset, path), static at => at.Source.At(at.offset, at.path)) is { } finding)
            _badCharacters.Add(finding);
    }

    private JsonItem Number(ReadOnlySpan<byte> raw, int offset, JsonPath path)
    {
        switch (JsonNumber.Read(raw, out var value, out var refusal))
        {
            case JsonNumber.Outcome.Read:
                break;
            case JsonNumber.Outcome.BeyondDecimal:
                _beyondDecimal.Add(OutOfRange(Source.At(offset, path)));
                break;
            case JsonNumber.Outcome.OutOfRange:
                Fault ??= OutOfRange(Stop(path, offset + raw.Length - 1));
                break;
            default:
                Fault ??= Diagnostic.Error(DatasetCodes.MalformedJson, "Malformed JSON: " + refusal!.Split(". Path", 2)[0] + ".",
                    Stop(path, offset + raw.Length - 1), "Fix the JSON syntax at this position.");
                break;
        }
        return JsonItem.Of(value, offset, path);
    }

    private static Diagnostic OutOfRange(SourceLocation where) =>
        Diagnostic.Error(DatasetCodes.FigureOutOfRange, "A number is out of range for a financial figure.", where,
            "Figures must be finite and below 7.9e28; check the value.");

    // A reader that stops at a fault points at its last character read (the colon after a duplicate key, a number's last
    // digit) and names the path without the "$." rule of JsonPath.Spell: the dataset's findings have always said so.
    private SourceLocation Stop(JsonPath path, int offset)
    {
        var (line, column) = Source.Position(offset);
        var relative = path.Relative();
        return new SourceLocation(Source.File, line, column, "$" + (relative.Length == 0 ? "" : "." + relative));
    }

    private Diagnostic DuplicateKey(JsonPath path, int afterName)
    {
        var colon = afterName + _json.Span[afterName..].IndexOf((byte)':');
        var relative = path.Relative();
        var dot = relative.LastIndexOf('.');
        var last = dot < 0 ? relative : relative[(dot + 1)..].Trim('[', ']', '\'');
        return Diagnostic.Error(DatasetCodes.DuplicateKey, $"Duplicate key '{last}' in the same object.", Stop(path, colon),
            "Each key may appear once: remove or rename one of them.");
    }
}
