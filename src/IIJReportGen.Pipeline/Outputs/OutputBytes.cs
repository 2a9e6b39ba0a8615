using System.Text;

namespace IIJReportGen.Pipeline;

/// <summary>An output file's bytes, held until the build stages them, in blocks that stay below the GC's large-object size.</summary>
/// <remarks>A PDF written to a MemoryStream and copied out went through arrays of up to twice its size, and an XHTML page's
/// UTF-8 bytes were one array: each over 85 KB is on the large-object heap, and spending that heap's budget (3 MB at first)
/// makes the GC collect every generation (a cold build's two gen-2 collections). Blocks start small (a text rendition of a
/// few KB takes one) and double up to 64 KB.</remarks>
internal sealed class OutputBytes : Stream
{
    private const int FirstBlock = 4 * 1024;
    private const int LargestBlock = 64 * 1024;
    private readonly List<byte[]> _blocks = [];
    private int _used;
    private long _length;

    /// <summary>Text as every output is written: UTF-8 without a BOM, "\n" line endings, whatever the platform.</summary>
    public static OutputBytes Utf8(string text)
    {
        var bytes = new OutputBytes();
        using (var writer = new StreamWriter(bytes, new UTF8Encoding(false), bufferSize: 8192, leaveOpen: true))
            writer.Write(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return bytes;
    }

    /// <summary>The bytes in order, block by block.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Blocks()
    {
        for (var i = 0; i < _blocks.Count; i++)
            yield return _blocks[i].AsMemory(0, i == _blocks.Count - 1 ? _used : _blocks[i].Length);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_blocks.Count == 0 || _used == _blocks[^1].Length)
            {
                _blocks.Add(new byte[(int)Math.Clamp(_length, FirstBlock, LargestBlock)]);
                _used = 0;
            }
            var block = _blocks[^1];
            var count = Math.Min(buffer.Length, block.Length - _used);
            buffer[..count].CopyTo(block.AsSpan(_used));
            _used += count;
            _length += count;
            buffer = buffer[count..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
