using System.IO.Compression;

namespace IIJReportGen.Pdf;

/// <summary>FlateDecode data (zlib) from System.IO.Compression: the same bytes for the same input with the same runtime.</summary>
internal static class Deflate
{
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream(data.Length / 3 + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return buffer.ToArray();
    }
}
