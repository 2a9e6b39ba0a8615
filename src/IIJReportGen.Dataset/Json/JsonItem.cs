namespace IIJReportGen.Dataset.Json;

public enum JsonKind { Object, Array, String, Number, Boolean, Null }

/// <summary>A JSON value as read from a file: its kind and value, where it starts and its path.</summary>
/// <remarks>A finding keeps only the item's <see cref="JsonPath"/> (names up to the root), never the item: once a file is
/// read into the model, its tree can go.</remarks>
public sealed class JsonItem
{
    private static readonly List<JsonProperty> NoProperties = [];
    private static readonly List<JsonItem> NoItems = [];
    private static readonly object True = true, False = false;

    // One field for what the kind holds (a string, a boxed decimal or bool, the properties or the items): the dataset is
    // tens of thousands of items, read for every build.
    private readonly object? _value;

    private JsonItem(JsonKind kind, int offset, JsonPath path, object? value)
    {
        Kind = kind;
        Offset = offset;
        Path = path;
        _value = value;
    }

    internal static JsonItem Of(string text, int offset, JsonPath path) => new(JsonKind.String, offset, path, text);

    internal static JsonItem Of(decimal number, int offset, JsonPath path) => new(JsonKind.Number, offset, path, number);

    internal static JsonItem Of(bool boolean, int offset, JsonPath path) => new(JsonKind.Boolean, offset, path, boolean ? True : False);

    internal static JsonItem Of(List<JsonProperty> properties, int offset, JsonPath path) => new(JsonKind.Object, offset, path, properties);

    internal static JsonItem Of(List<JsonItem> items, int offset, JsonPath path) => new(JsonKind.Array, offset, path, items);

    internal static JsonItem Null(int offset, JsonPath path) => new(JsonKind.Null, offset, path, null);

    public JsonKind Kind { get; }

    /// <summary>Where the value's first character is, in bytes from the start of the JSON text (after a byte order mark).</summary>
    public int Offset { get; }

    public JsonPath Path { get; }

    /// <summary>The text of a string.</summary>
    public string? Text => _value as string;

    /// <summary>The value of a number, exactly as typed (its decimals too: 1.50 keeps two); 0 for a number beyond a decimal.</summary>
    public decimal Number => _value is decimal number ? number : 0;

    public bool Boolean => _value == True;

    /// <summary>An object's properties in the file's order (none for other kinds).</summary>
    public IReadOnlyList<JsonProperty> Properties => _value as List<JsonProperty> ?? NoProperties;

    /// <summary>A list's items (none for other kinds).</summary>
    public IReadOnlyList<JsonItem> Items => _value as List<JsonItem> ?? NoItems;

    /// <summary>An object's property value by name, or null.</summary>
    public JsonItem? this[string name] => TryGetValue(name, out var value) ? value : null;

    public bool TryGetValue(string name, out JsonItem value)
    {
        // The list itself, not Properties: through the interface each lookup boxed an enumerator (a dataset's reading does
        // tens of thousands).
        foreach (var property in _value as List<JsonProperty> ?? NoProperties)
            if (property.Name == name)
            {
                value = property.Value;
                return true;
            }
        value = null!;
        return false;
    }

    public bool ContainsKey(string name) => TryGetValue(name, out _);
}

/// <summary>A property of an object: its name, where the name's opening quote is, and its value (a value in its object's
/// list, not an object of its own).</summary>
public readonly record struct JsonProperty(string Name, int NameOffset, JsonItem Value);
