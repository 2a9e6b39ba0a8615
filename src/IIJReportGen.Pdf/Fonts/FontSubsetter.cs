using System.Globalization;
using System.Runtime.InteropServices;
using IIJReportGen.Layout;

namespace IIJReportGen.Pdf;

// The PDF writer embeds every font as a subset made here, with the glyph ids the layout shaped with.
// Only the Unicode set is filled, never the glyph set: a glyph set makes hb-subset keep every cmap entry
// of the kept glyphs, so a CJK font's shared glyphs bring back Kangxi radicals (月 would extract as U+2F49).
/// <summary>Subsets a TrueType/OpenType font to the given Unicode code points, keeping glyph ids (hb-subset RETAIN_GIDS), so glyph ids shaped with the original font stay valid.</summary>
public static class FontSubsetter
{
    // The native library of HarfBuzzSharp.NativeAssets.Linux; it is built with hb-subset.
    private const string HarfBuzz = "libHarfBuzzSharp";

    private const uint FlagRetainGids = 0x2; // HB_SUBSET_FLAGS_RETAIN_GIDS
    private const uint FlagNotdefOutline = 0x40; // HB_SUBSET_FLAGS_NOTDEF_OUTLINE: hb-subset empties glyph 0 otherwise.
    private const uint FlagNoHinting = 0x1; // HB_SUBSET_FLAGS_NO_HINTING: PDF viewers rasterise at high resolution; instructions are a third of a hinted font.
    private const int MaxCodepoint = 0x10FFFF;

    /// <summary>Returns the bytes of face <paramref name="faceIndex"/> of <paramref name="fontData"/> reduced to <paramref name="codepoints"/> (plus .notdef and the glyphs their layout rules reach), with glyph ids unchanged.</summary>
    public static byte[] Subset(ReadOnlyMemory<byte> fontData, int faceIndex, IReadOnlyCollection<int> codepoints)
    {
        ArgumentNullException.ThrowIfNull(codepoints);
        CheckCodepoints(codepoints);
        using var source = new SubsetSource(fontData, faceIndex);
        return Subset(source, codepoints);
    }

    /// <summary>The subset of a loaded face as the PDF embeds it: a kept one when documents asked for these characters before (<see cref="KeptSubsets"/>).</summary>
    internal static SubsetFont SubsetFont(FontFace face, IReadOnlyCollection<int> codepoints)
    {
        CheckCodepoints(codepoints);
        var source = SubsetSource.Of(face);
        return source.Kept.Get(codepoints, set => new SubsetFont(Subset(source, set), set));
    }

    private static void CheckCodepoints(IReadOnlyCollection<int> codepoints)
    {
        foreach (var codepoint in codepoints)
        {
            if (codepoint is < 0 or > MaxCodepoint)
                throw new ArgumentOutOfRangeException(nameof(codepoints), codepoint,
                    string.Create(CultureInfo.InvariantCulture, $"{codepoint} is not a Unicode code point (0 to U+10FFFF)."));
        }
    }

    private static byte[] Subset(SubsetSource source, IReadOnlyCollection<int> codepoints)
    {
        IntPtr input = 0, subsetFace = 0, subsetBlob = 0;
        try
        {
            input = hb_subset_input_create_or_fail();
            if (input == 0)
                throw Failure("HarfBuzz could not allocate the subset input");
            var unicodes = hb_subset_input_unicode_set(input); // Owned by the input.
            foreach (var codepoint in codepoints)
                hb_set_add(unicodes, (uint)codepoint);
            hb_subset_input_set_flags(input, FlagRetainGids | FlagNotdefOutline | FlagNoHinting);

            subsetFace = hb_subset_or_fail(source.Face, input);
            if (subsetFace == 0)
                throw Failure("hb-subset failed (malformed or unsupported font tables, or out of memory)");

            subsetBlob = hb_face_reference_blob(subsetFace);
            var data = hb_blob_get_data(subsetBlob, out var length);
            if (data == 0 || length == 0)
                throw Failure("hb-subset produced an empty font");

            var result = new byte[length];
            Marshal.Copy(data, result, 0, (int)length);
            return result;
        }
        finally
        {
            // HarfBuzz accepts null (and its empty singletons) in every destroy function.
            hb_blob_destroy(subsetBlob);
            hb_face_destroy(subsetFace);
            hb_subset_input_destroy(input);
            // The subset can share the source's tables until its bytes are copied out; the source's finalizer destroys them.
            GC.KeepAlive(source);
        }
    }

    internal static InvalidOperationException Failure(string reason) =>
        new($"The font cannot be subset: {reason}.");

    [DllImport(HarfBuzz)] internal static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [DllImport(HarfBuzz)] internal static extern void hb_blob_destroy(IntPtr blob);
    [DllImport(HarfBuzz)] internal static extern uint hb_face_count(IntPtr blob);
    [DllImport(HarfBuzz)] internal static extern IntPtr hb_face_create(IntPtr blob, uint index);
    [DllImport(HarfBuzz)] internal static extern uint hb_face_get_glyph_count(IntPtr face);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_face_reference_blob(IntPtr face);
    [DllImport(HarfBuzz)] internal static extern void hb_face_destroy(IntPtr face);
    [DllImport(HarfBuzz)] private static extern void hb_set_add(IntPtr set, uint codepoint);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_subset_input_create_or_fail();
    [DllImport(HarfBuzz)] private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);
    [DllImport(HarfBuzz)] private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);
    [DllImport(HarfBuzz)] private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [DllImport(HarfBuzz)] private static extern void hb_subset_input_destroy(IntPtr input);
}
