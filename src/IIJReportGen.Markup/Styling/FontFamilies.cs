namespace IIJReportGen.Markup;

/// <summary>Maps a stylesheet's font-family list to font families, ending in a bundled fallback that covers Japanese.</summary>
internal static class FontFamilies
{
    private static readonly Dictionary<string, string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sans-serif"] = "Liberation Sans",
        ["serif"] = "Liberation Serif",
        ["monospace"] = "Liberation Mono",
        ["system-ui"] = "Liberation Sans",
    };

    /// <summary>Characters the named families lack (kanji in an English font) fall back to IPAex Gothic, which is bundled:
    /// a fallback that only some machines have would make the document depend on the machine.</summary>
    public static readonly IReadOnlyList<string> Fallback = ["IPAexGothic"];

    public static IReadOnlyList<string> Resolve(IEnumerable<string> names) =>
        names.Select(n => Generic.GetValueOrDefault(n, n)).Concat(Fallback).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
