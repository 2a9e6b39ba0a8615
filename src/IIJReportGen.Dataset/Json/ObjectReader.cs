using System.Globalization;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Json;

/// <summary>Reads one JSON object property by property, reporting wrong types, missing and unknown properties.</summary>
/// <remarks>Every property read is remembered, so <see cref="Finish"/> can name the ones nobody asked for.</remarks>
public sealed class ObjectReader
{
    // The names asked for, in order, each once (a list, not a set: an object has a dozen, a dataset thousands of objects).
    private readonly List<string> _known;
    private List<string>? _reported;

    public ObjectReader(JsonItem json, JsonSource source, DiagnosticBag diagnostics)
    {
        _known = new List<string>(json.Properties.Count); // most names asked for are there: one array, not a growing one
        Json = json;
        Source = source;
        Diagnostics = diagnostics;
    }

    public JsonItem Json { get; }

    public JsonSource Source { get; }

    public DiagnosticBag Diagnostics { get; }

    public SourceLocation Location => Source.Of(Json);

    /// <summary>The location of a property's value, or of this object when absent.</summary>
    public SourceLocation LocationOf(string name) =>
        Json.TryGetValue(name, out var token) ? Source.Of(token) : Location;

    public string? String(string name, bool required = false)
    {
        var token = Token(name, required);
        if (token is null)
            return null;
        if (token.Kind == JsonKind.String)
            return token.Text;
        WrongType(token, name, "a string");
        return null;
    }

    public bool? Bool(string name)
    {
        var token = Token(name, false);
        if (token is null)
            return null;
        if (token.Kind == JsonKind.Boolean)
            return token.Boolean;
        WrongType(token, name, "true or false");
        return null;
    }

    public int? Int(string name, int min, int max, bool required = false)
    {
        var token = Token(name, required);
        if (token is null)
            return null;
        if (token.Kind == JsonKind.Number && token.Number % 1 == 0)
        {
            var value = token.Number;
            if (value >= min && value <= max)
                return (int)value;
        }
        Invalid(token, $"'{name}' must be a whole number from {min} to {max}.", "See data/README.md for what it means and the usual values.");
        return null;
    }

    public decimal? Decimal(string name, bool required = false)
    {
        var token = Token(name, required);
        return token is null ? null : ReadDecimal(token, $"'{name}'");
    }

    /// <summary>A number as a decimal; reports strings and other types, with the plain number to type when it can tell.</summary>
    public decimal? ReadDecimal(JsonItem token, string subject)
    {
        if (token.Kind == JsonKind.Number)
            return token.Number;
        var typed = token.Kind == JsonKind.String ? token.Text!.Replace(",", "", StringComparison.Ordinal) : "";
        var hint = decimal.TryParse(typed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain)
            ? $"Type it as a plain number without quotes or separators: {plain.ToString(CultureInfo.InvariantCulture)}."
            : "Type a plain number without quotes, or null for a dash.";
        Diagnostics.Add(Diagnostic.Error(DatasetCodes.WrongType, $"{subject} must be a number, not {Describe(token)}.", Source.Of(token), hint));
        return null;
    }

    public DateOnly? Date(string name, bool required = false)
    {
        var token = Token(name, required);
        if (token is null)
            return null;
        if (token.Kind == JsonKind.String &&
            NumberText.TryReadIsoDate(token.Text, out var date))
            return date;
        Invalid(token, $"'{name}' must be a date written yyyy-MM-dd.", "For example \"2013-09-30\".");
        return null;
    }

    /// <summary>A string that must be one of the allowed words.</summary>
    public string? Choice(string name, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var value = String(name, required);
        if (value is null || allowed.Contains(value))
            return value;
        Invalid(Json[name]!, $"'{name}' is '{value}', which is not one of: {string.Join(", ", allowed)}.",
            Suggestion.Hint(value, allowed, "values"));
        return null;
    }

    public ObjectReader? Object(string name, bool required = false)
    {
        var token = Token(name, required);
        if (token is null)
            return null;
        if (token.Kind == JsonKind.Object)
            return new ObjectReader(token, Source, Diagnostics);
        WrongType(token, name, "an object { … }");
        return null;
    }

    /// <summary>The items of a list-valued property (null when absent or not a list).</summary>
    public IReadOnlyList<JsonItem>? Array(string name, bool required = false)
    {
        var token = Token(name, required);
        if (token is null)
            return null;
        if (token.Kind == JsonKind.Array)
            return token.Items;
        WrongType(token, name, "a list [ … ]");
        return null;
    }

    /// <summary>The entries of an object-valued property, in document order.</summary>
    public IReadOnlyList<JsonProperty> Entries(string name, bool required = false)
    {
        var token = Token(name, required);
        if (token is null)
            return [];
        if (token.Kind == JsonKind.Object)
            return token.Properties;
        WrongType(token, name, "an object { … }");
        return [];
    }

    /// <summary>Reports every property that no reader asked for, with a "did you mean" hint.</summary>
    public void Finish()
    {
        foreach (var property in Json.Properties)
        {
            if (_known.Contains(property.Name) || _reported?.Contains(property.Name) == true || property.Name == "$schema")
                continue;
            UnknownProperty(property, Suggestion.Hint(property.Name, _known, "properties here"));
        }
    }

    /// <summary>Marks properties as known without reading them (read elsewhere).</summary>
    public void Allow(params string[] names)
    {
        foreach (var name in names)
            Know(name);
    }

    private void Know(string name)
    {
        if (!_known.Contains(name))
            _known.Add(name);
    }

    public void Invalid(JsonItem token, string message, string hint) =>
        Diagnostics.Add(Diagnostic.Error(DatasetCodes.InvalidValue, message, Source.Of(token), hint));

    public void Invalid(JsonProperty property, string message, string hint) =>
        Diagnostics.Add(Diagnostic.Error(DatasetCodes.InvalidValue, message, Source.Of(property), hint));

    private JsonItem? Token(string name, bool required)
    {
        Know(name);
        if (Json.TryGetValue(name, out var token) && token.Kind != JsonKind.Null)
            return token;
        if (!required)
            return null;
        // A misspelt required property is one mistake: report the misspelling (once), not also the property as missing.
        if (Json.Properties.Where(p => !_known.Contains(p.Name) && Suggestion.Closest(p.Name, [name]) is not null).Select(p => (JsonProperty?)p).FirstOrDefault() is { } misspelt)
            UnknownProperty(misspelt, $"Did you mean '{name}'?");
        else
            Diagnostics.Add(Diagnostic.Error(DatasetCodes.MissingProperty,
                $"Required property '{name}' is missing.", Location, $"Add \"{name}\" to this object."));
        return null;
    }

    private void UnknownProperty(JsonProperty property, string hint)
    {
        (_reported ??= []).Add(property.Name);
        Diagnostics.Add(Diagnostic.Error(DatasetCodes.UnknownProperty, $"Unknown property '{property.Name}'.", Source.Of(property), hint));
    }

    private void WrongType(JsonItem token, string name, string expected) =>
        Diagnostics.Add(Diagnostic.Error(DatasetCodes.WrongType,
            $"'{name}' must be {expected}, not {Describe(token)}.", Source.Of(token),
            $"Write '{name}' as {expected}."));

    private static string Describe(JsonItem token) => token.Kind switch
    {
        JsonKind.String => $"the string \"{Truncate(token.Text!)}\"",
        JsonKind.Number => "a number",
        JsonKind.Boolean => "true/false",
        JsonKind.Array => "a list",
        JsonKind.Object => "an object",
        _ => "null",
    };

    private static string Truncate(string text) => text.Length > 30 ? text[..30] + "…" : text;
}
