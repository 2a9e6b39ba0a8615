using HarfBuzzSharp;
using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>The fonts shipped in <c>fonts/</c> beside the program, each found by every family name it carries.</summary>
/// <remarks>The folder is read once, on the first request; a file's bytes are mapped, not read (only its headers are touched).</remarks>
internal sealed class BundledFonts(string folder)
{
    private static readonly string[] Extensions = [".ttf", ".otf", ".ttc", ".otc"];

    private readonly Lazy<IReadOnlyList<FontEntry>> _entries = new(() => Scan(folder));

    /// <summary>Reads the folder now (what the first lookup would do), unless it was read.</summary>
    public void Read() => _ = _entries.Value;

    public FontEntry? Find(string family, int weight, bool italic) =>
        FontEntry.Best(_entries.Value.Where(e => e.IsFamily(family)), weight, italic);

    private static List<FontEntry> Scan(string folder)
    {
        var entries = new List<FontEntry>();
        if (!Directory.Exists(folder))
            return entries;
        var files = Directory.GetFiles(folder).Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase));
        foreach (var path in files.Order(StringComparer.Ordinal))
        {
            var bytes = FontBytes.Map(path);
            using var blob = new Blob(bytes.Pointer, bytes.Length, MemoryMode.ReadOnly);
            using var data = SKData.Create(bytes.Pointer, bytes.Length);
            for (var index = 0; index < blob.FaceCount; index++)
            {
                using var typeface = SKTypeface.FromData(data, index)
                    ?? throw new IOException($"Bundled font file '{path}' cannot be read (face {index}).");
                entries.Add(new FontEntry("fonts/" + Path.GetFileName(path), bytes, index, FontNames.Families(typeface),
                    typeface.FontWeight, typeface.FontSlant != SKFontStyleSlant.Upright));
            }
        }
        return entries;
    }
}
