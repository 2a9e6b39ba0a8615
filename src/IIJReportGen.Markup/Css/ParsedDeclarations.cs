using System.Collections.Concurrent;
using AngleSharp.Css.Dom;

namespace IIJReportGen.Markup;

/// <summary>One longhand of a declaration as AngleSharp reads it: its name, value object, value text and importance.</summary>
internal readonly record struct ParsedProperty(string Name, ICssValue? RawValue, string Value, bool Important);

/// <summary>
/// AngleSharp's reading of each declaration text ("name: value") once per process: the stylesheets of a build (the user
/// agent's and each document's) repeat most of theirs (249 declarations, 104 different), and each reading makes a tokenizer
/// and its buffers. What is kept is only ever read (as <see cref="ParsedStylesheets"/> keeps AngleSharp's values).
/// </summary>
internal static class ParsedDeclarations
{
    /// <summary>Beyond this many texts the cache starts over (watch edits stylesheets all day).</summary>
    private const int Capacity = 4096;

    private static readonly ConcurrentDictionary<string, ParsedProperty[]> Readings = new(StringComparer.Ordinal);

    /// <summary>The longhands <paramref name="name"/>: <paramref name="value"/> sets (a shorthand's included); none when it is invalid.</summary>
    public static ParsedProperty[] Of(string name, string value)
    {
        var text = name + ": " + value;
        if (Readings.TryGetValue(text, out var known))
            return known;
        if (Readings.Count >= Capacity) // Count takes every lock of the dictionary: only on a miss
            Readings.Clear();
        return Readings.GetOrAdd(text, Read);
    }

    private static ParsedProperty[] Read(string text) =>
        CssParsers.Checking.ParseDeclaration(text)?.Select(p => new ParsedProperty(p.Name, p.RawValue, p.Value, p.IsImportant)).ToArray() ?? [];
}
