using System.IO.Compression;

namespace IIJReportGen.Pdf;

/// <summary>FlateDecode data (zlib) from System.IO.Compression: the same bytes for the same input with the same runtime.</summary>
internal static class Deflate
{
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        // At most 64 KB to start with: a larger buffer is on the large-object heap even when the data compresses well (a dataset
        // of 310 KB attached to every PDF compresses to 38 KB).
        using var buffer = new MemoryStream(Math.Min(data.Length / 3 + 64, 64 * 1024));
        CompressInto(buffer, data);
        return buffer.ToArray();
    }

    /// <summary>Compresses into <paramref name="buffer"/> (emptied first), so a writer of many streams reuses one buffer.</summary>
    public static ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> data, MemoryStream buffer)
    {
        buffer.SetLength(0);
        CompressInto(buffer, data);
        return buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
    }

    private static void CompressInto(MemoryStream buffer, ReadOnlySpan<byte> data)
    {
        // Optimal is zlib's level 6. On table pages' content level 5 saved ~13% of Deflate's CPU (~2% of a page's) for +0.3%
        // bytes, levels 4 and 3 a fifth and a third for +9% and +15% bytes: none paid for itself.
        using var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true);
        zlib.Write(data);
    }
}
