using SkiaSharp;

namespace IIJReportGen.Layout;

/// <summary>
/// Finds fonts by family name: the bundled fonts first (so every machine lays out the same bytes), then, for families
/// that are not bundled, the installed fonts through fontconfig. A family is matched by every name its font carries.
/// </summary>
/// <remarks>Thread-safe: one library can serve many documents, so fonts are loaded and shaped text is cached once per process.
/// A face is loaded (mapped, opened by Skia and HarfBuzz) only when text is set in it.</remarks>
public sealed class FontLibrary
{
    private readonly BundledFonts _bundled;
    private readonly SystemFonts? _installed;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Family, int Weight, bool Italic), FontEntry?> _entries = [];
    private readonly Dictionary<(string Source, int Index), FontFace> _faces = [];
    private readonly Dictionary<(string Families, int Weight, bool Italic), FontChain> _chains = [];

    /// <param name="bundledFolder">The folder of bundled fonts.</param>
    /// <param name="installedFonts">Whether families that are not bundled are looked up among the installed fonts.</param>
    public FontLibrary(string bundledFolder, bool installedFonts = true)
    {
        BundledFolder = bundledFolder;
        _bundled = new BundledFonts(bundledFolder);
        _installed = installedFonts ? new SystemFonts(() => SKFontManager.Default) : null;
    }

    /// <summary>The <c>fonts</c> folder beside the program, where the build puts the repository's <c>fonts/</c>.</summary>
    public static string DefaultBundledFolder { get; } = Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>The process-wide library: the bundled fonts, then the installed ones.</summary>
    public static FontLibrary Shared { get; } = new(DefaultBundledFolder);

    /// <summary>The folder of bundled fonts this library looks in first.</summary>
    public string BundledFolder { get; }

    /// <summary>The faces loaded so far, in load order: a fallback family no character needed is not among them.</summary>
    public IReadOnlyList<FontFace> LoadedFaces
    {
        get
        {
            lock (_gate)
                return [.. _faces.Values];
        }
    }

    /// <summary>Reads the bundled fonts' names now, the first lookup's work (every file mapped and opened by Skia, whose font
    /// manager starts fontconfig): a build does it on another core before its first document is laid out. Loads no face.</summary>
    /// <exception cref="IOException">A bundled font cannot be read (the first lookup meets the same exception).</exception>
    public void Prepare() => _bundled.Read();

    /// <summary>Whether <paramref name="family"/> is bundled or installed, in some style; loads nothing.</summary>
    public bool HasFamily(string family) => Entry(family, 400, false) is not null;

    /// <summary>The face of <paramref name="family"/> closest to the style, or null when the family is neither bundled nor installed (no silent substitution).</summary>
    public FontFace? Find(string family, int weight, bool italic)
    {
        lock (_gate)
        {
            if (EntryLocked(family, weight, italic) is not { } entry)
                return null;
            if (!_faces.TryGetValue((entry.Source, entry.Index), out var face))
            {
                face = new FontFace(entry);
                _faces.Add((entry.Source, entry.Index), face);
            }
            return face;
        }
    }

    /// <summary>The fallback chain of <paramref name="families"/>: each character takes the first family that has it.</summary>
    public FontChain Chain(IReadOnlyList<string> families, int weight, bool italic)
    {
        var key = (string.Join('\n', families), weight, italic);
        lock (_gate)
        {
            if (_chains.TryGetValue(key, out var chain))
                return chain;
            var available = families.Where(f => EntryLocked(f, weight, italic) is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var missing = families.Where(f => EntryLocked(f, weight, italic) is null).ToList();
            chain = new FontChain(this, available, weight, italic, missing);
            _chains.Add(key, chain);
            return chain;
        }
    }

    private FontEntry? Entry(string family, int weight, bool italic)
    {
        lock (_gate)
            return EntryLocked(family, weight, italic);
    }

    private FontEntry? EntryLocked(string family, int weight, bool italic)
    {
        var request = (family.ToUpperInvariant(), weight, italic);
        if (!_entries.TryGetValue(request, out var entry))
        {
            entry = _bundled.Find(family, weight, italic) ?? _installed?.Find(family, weight, italic);
            _entries.Add(request, entry);
        }
        return entry;
    }
}
