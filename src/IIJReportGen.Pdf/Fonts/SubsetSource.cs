using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using IIJReportGen.Layout;

namespace IIJReportGen.Pdf;

/// <summary>
/// A font face as hb-subset reads it: the HarfBuzz blob over the font's bytes and the face made from it. A loaded
/// <see cref="FontFace"/> keeps one for as long as it lives, so every document subsetting it shares the tables HarfBuzz has
/// already checked (sanitised) and the lookups it has built, where a face per document checked them again each time.
/// </summary>
/// <remarks>
/// Several documents subset one face at once (a build of several datasets runs them in parallel): HarfBuzz's face is safe
/// to read from several threads (its tables and accelerators are loaded lazily by compare-and-swap, hb-machinery.hh), and
/// hb_subset_or_fail only reads its source, building everything it writes in a plan of its own.
/// </remarks>
internal sealed unsafe class SubsetSource : IDisposable
{
    private const int MemoryModeReadOnly = 1; // HB_MEMORY_MODE_READONLY: no copy; the bytes stay pinned while the face lives.

    // Bounded by the faces loaded: an entry goes with its FontFace.
    private static readonly ConditionalWeakTable<FontFace, SubsetSource> Loaded = new();

    // Keeps the bytes where HarfBuzz reads them (a font file's map is held by its manager, which the handle references).
    private MemoryHandle _pin;
    private IntPtr _blob;
    private IntPtr _face;

    public SubsetSource(ReadOnlyMemory<byte> fontData, int faceIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(faceIndex);
        if (fontData.Length == 0)
            throw FontSubsetter.Failure("the font data is empty");
        _pin = fontData.Pin();
        try
        {
            _blob = FontSubsetter.hb_blob_create((IntPtr)_pin.Pointer, (uint)fontData.Length, MemoryModeReadOnly, 0, 0);
            var faceCount = FontSubsetter.hb_face_count(_blob);
            if (faceCount == 0)
                throw FontSubsetter.Failure("the data is not a TrueType/OpenType font or font collection");
            if ((uint)faceIndex >= faceCount)
                throw FontSubsetter.Failure(string.Create(CultureInfo.InvariantCulture,
                    $"face index {faceIndex} is out of range (the data holds {faceCount} face(s))"));
            _face = FontSubsetter.hb_face_create(_blob, (uint)faceIndex);
            if (FontSubsetter.hb_face_get_glyph_count(_face) == 0)
                throw FontSubsetter.Failure("the face has no glyphs");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The subsets of this face that documents asked for more than once.</summary>
    public KeptSubsets Kept { get; } = new();

    /// <summary>The HarfBuzz face (hb_face_t*), valid while this object lives.</summary>
    public IntPtr Face => _face;

    /// <summary>The source that <paramref name="face"/> keeps for its life, made on first use.</summary>
    public static SubsetSource Of(FontFace face) =>
        Loaded.GetValue(face, static f => new SubsetSource(f.Data, f.FaceIndex));

    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    // One kept by a FontFace goes with it, when the collector finds both unreachable.
    ~SubsetSource() => Release();

    private void Release()
    {
        // HarfBuzz accepts null in every destroy function.
        FontSubsetter.hb_face_destroy(_face);
        FontSubsetter.hb_blob_destroy(_blob);
        (_face, _blob) = (0, 0);
        _pin.Dispose();
    }
}
