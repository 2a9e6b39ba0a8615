namespace IIJReportGen.Markup;

/// <summary>Maps a stylesheet's font-family list to installed families, ending in a fallback chain that covers Japanese.</summary>
internal static class FontFamilies
{
    private static readonly Dictionary<string, string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sans-serif"] = "Liberation Sans",
        ["serif"] = "Liberation Serif",
        ["monospace"] = "Liberation Mono",
        ["system-ui"] = "Liberation Sans",
    };

    /// <summary>Characters the named families lack (kanji in an English font) fall back to IPAex Gothic, then DejaVu Sans.</summary>
    public static readonly IReadOnlyList<string> Fallback = ["IPAexGothic", "DejaVu Sans"];

    public static IReadOnlyList<string> Resolve(IEnumerable<string> names) =>
        names.Select(n => Generic.GetValueOrDefault(n, n)).Concat(Fallback).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
