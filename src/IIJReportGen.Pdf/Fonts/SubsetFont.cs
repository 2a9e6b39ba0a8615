using System.Security.Cryptography;
using System.Text;

namespace IIJReportGen.Pdf;

/// <summary>
/// A face reduced to one set of characters: the font program, what its tables say, and the tag naming it. These never
/// change, so one kept by <see cref="KeptSubsets"/> serves every document showing exactly those characters; it also caches
/// its compressed program (set before it is kept) and its last compressed ToUnicode CMap (replaced whole).
/// </summary>
internal sealed class SubsetFont
{
    private byte[]? _compressed;

    // A kept subset's last ToUnicode CMap and its compressed bytes: documents showing the same characters map the glyphs
    // to the same text, so the next one copies them. Replaced whole (one reference), so threads never see half of it.
    private ToUnicodeStream? _lastToUnicode;

    public SubsetFont(byte[] program, IReadOnlyCollection<int> codepoints)
    {
        Bytes = program;
        Program = new FontProgram(program);
        Tag = SubsetTag(codepoints);
    }

    /// <summary>The font program (the subset, or the whole font when it could not be subset).</summary>
    public byte[] Bytes { get; }

    public FontProgram Program { get; }

    /// <summary>Six capitals naming this subset, derived from the characters it holds (the same characters, the same tag).</summary>
    public string Tag { get; }

    /// <summary>Compresses the program now, for a subset that is kept: every document writing it then copies these bytes.</summary>
    public void CompressForReuse() => _compressed = Deflate.Compress(Bytes);

    /// <summary>Writes the program as a Flate-compressed stream (<paramref name="entries"/>: its dictionary's own entries).</summary>
    public int WriteProgram(PdfFile file, string entries) => _compressed is { } compressed
        ? file.WriteDeflated(entries, compressed)
        : file.WriteCompressed(entries, Bytes);

    /// <summary>Writes the ToUnicode CMap as a Flate-compressed stream; a kept subset compresses a CMap once while documents repeat it.</summary>
    public int WriteToUnicode(PdfFile file, byte[] cmap)
    {
        if (_compressed is null)
            return file.WriteCompressed("", cmap);
        if (_lastToUnicode is not { } last || !last.CMap.AsSpan().SequenceEqual(cmap))
            _lastToUnicode = last = new ToUnicodeStream(cmap, Deflate.Compress(cmap));
        return file.WriteDeflated("", last.Compressed);
    }

    private sealed record ToUnicodeStream(byte[] CMap, byte[] Compressed);

    private static string SubsetTag(IReadOnlyCollection<int> codepoints)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', codepoints)));
        return new string(bytes.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }
}
