using System.Globalization;
using System.Text;

namespace IIJReportGen.Dataset.Json;

/// <summary>Where a value sits in a JSON file, as its parent's path and its name or index: spelled ("$.a.b[0]") only when
/// a finding is read, and holding no value, so a located model keeps none of the file's tree alive.</summary>
public sealed class JsonPath
{
    // The characters that make a name be written ['name'] (with \' and \\ escapes), as Newtonsoft.Json writes paths:
    // the dataset's findings have always been spelled so.
    private static readonly char[] Special = ['.', ' ', '\'', '/', '"', '[', ']', '(', ')', '\t', '\n', '\r', '\f', '\b', '\\', '\u0085', '\u2028', '\u2029'];

    private readonly JsonPath? _parent;
    private readonly string? _name;
    private readonly int _index;

    private JsonPath(JsonPath? parent, string? name, int index) => (_parent, _name, _index) = (parent, name, index);

    public static JsonPath Root { get; } = new(null, null, -1);

    public JsonPath Property(string name) => new(this, name, -1);

    public JsonPath Item(int index) => new(this, null, index);

    /// <summary>"$", "$.concepts.X.values.1H13", "$.texts['a.b']", "$['a b'].c".</summary>
    public string Spell() => Relative() switch
    {
        "" => "$",
        ['[', ..] and var path => "$" + path,
        var path => "$." + path,
    };

    /// <summary>The path without "$" ("concepts.X", "['a b'].c"), as a JSON reader's position names it.</summary>
    public string Relative()
    {
        if (_parent is null)
            return "";
        var text = new StringBuilder();
        Write(text);
        return text.ToString();
    }

    private void Write(StringBuilder text)
    {
        if (_parent is null)
            return;
        _parent.Write(text);
        if (_name is null)
            text.Append('[').Append(_index.ToString(CultureInfo.InvariantCulture)).Append(']');
        else if (_name.AsSpan().IndexOfAny(Special) >= 0)
            text.Append("['").Append(Escaped(_name)).Append("']");
        else
            (text.Length > 0 ? text.Append('.') : text).Append(_name);
    }

    private static string Escaped(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
            text.Append(c switch
            {
                '\t' => @"\t",
                '\n' => @"\n",
                '\r' => @"\r",
                '\f' => @"\f",
                '\b' => @"\b",
                '\\' => @"\\",
                '\'' => @"\'",
                '\u0085' => @"\u0085",
                '\u2028' => @"\u2028",
                '\u2029' => @"\u2029",
                < ' ' => @"\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        return text.ToString();
    }
}
