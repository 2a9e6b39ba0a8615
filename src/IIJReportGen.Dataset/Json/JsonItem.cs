namespace IIJReportGen.Dataset.Json;

public enum JsonKind { Object, Array, String, Number, Boolean, Null }

/// <summary>A JSON value as read from a file: its kind and value, where it starts and its path.</summary>
/// <remarks>A finding keeps only the item's <see cref="JsonPath"/> (names up to the root), never the item: once a file is
/// read into the model, its tree can go.</remarks>
public sealed class JsonItem
{
    private static readonly List<JsonProperty> NoProperties = [];
    private static readonly List<JsonItem> NoItems = [];

    internal JsonItem(JsonKind kind, int offset, JsonPath path)
    {
        Kind = kind;
        Offset = offset;
        Path = path;
    }

    public JsonKind Kind { get; }

    /// <summary>Where the value's first character is, in bytes from the start of the JSON text (after a byte order mark).</summary>
    public int Offset { get; }

    public JsonPath Path { get; }

    /// <summary>The text of a string.</summary>
    public string? Text { get; internal init; }

    /// <summary>The value of a number, exactly as typed (its decimals too: 1.50 keeps two).</summary>
    public decimal Number { get; internal set; }

    public bool Boolean { get; internal init; }

    /// <summary>An object's properties in the file's order (none for other kinds).</summary>
    public IReadOnlyList<JsonProperty> Properties => PropertyList ?? NoProperties;

    /// <summary>A list's items (none for other kinds).</summary>
    public IReadOnlyList<JsonItem> Items => ItemList ?? NoItems;

    internal List<JsonProperty>? PropertyList { get; init; }

    internal List<JsonItem>? ItemList { get; init; }

    /// <summary>An object's property value by name, or null.</summary>
    public JsonItem? this[string name] => TryGetValue(name, out var value) ? value : null;

    public bool TryGetValue(string name, out JsonItem value)
    {
        foreach (var property in Properties)
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

/// <summary>A property of an object: its name, where the name's opening quote is, and its value.</summary>
public sealed record JsonProperty(string Name, int NameOffset, JsonItem Value);
