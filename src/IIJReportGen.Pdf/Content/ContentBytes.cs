using System.Text;

namespace IIJReportGen.Pdf;

/// <summary>
/// The bytes of a content stream as its operators are appended: ASCII operators, and glyph ids as raw bytes, written straight
/// into one growing buffer, which the next page reuses once the page's stream is compressed (no builder of characters to
/// encode, no array per page).
/// </summary>
internal sealed class ContentBytes
{
    private byte[] _buffer;

    /// <param name="capacity">Bytes to start with; the buffer doubles as needed (a table page's operators take about 20 KB).</param>
    public ContentBytes(int capacity = 32768) => _buffer = new byte[capacity];

    public int Length { get; private set; }

    /// <summary>What was appended since the last <see cref="Clear"/>; valid until the next append.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public ContentBytes Append(char c)
    {
        Room(1)[0] = c < 0x80 ? (byte)c : (byte)'?';
        Length++;
        return this;
    }

    /// <summary>Appends ASCII text; any other character is written as '?', as <see cref="Encoding.ASCII"/> does.</summary>
    public ContentBytes Append(string text)
    {
        Length += Encoding.ASCII.GetBytes(text, Room(text.Length));
        return this;
    }

    /// <summary>Appends a number as <see cref="PdfSyntax.Number"/> spells it.</summary>
    public ContentBytes AppendNumber(double value)
    {
        if (!PdfSyntax.TryShortNumber(value, Room(PdfSyntax.ShortNumberLength), out var length))
            return Append(PdfSyntax.LongNumber(value));
        Length += length;
        return this;
    }

    public ContentBytes AppendInteger(long value)
    {
        value.TryFormat(Room(20), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>
    /// A glyph id as its two bytes (big-endian, as Identity-H reads them) inside a literal string: '(', ')' and '\' are
    /// escaped, and CR is written as \r because a reader takes a bare CR, or CR LF, in a literal string as one LF (PDF
    /// 32000-1, 7.3.4.2); every other byte, LF and NUL included, stands for itself.
    /// </summary>
    public ContentBytes AppendGlyph(ushort glyph)
    {
        var room = Room(4);
        var length = AppendLiteral(room, 0, (byte)(glyph >> 8));
        Length += AppendLiteral(room, length, (byte)glyph);
        return this;
    }

    private static int AppendLiteral(Span<byte> room, int at, byte value)
    {
        if (value is (byte)'(' or (byte)')' or (byte)'\\' or (byte)'\r')
        {
            room[at] = (byte)'\\';
            room[at + 1] = value == '\r' ? (byte)'r' : value;
            return at + 2;
        }
        room[at] = value;
        return at + 1;
    }

    // Called for every few bytes appended: the check stays small enough to inline, the growing is apart.
    private Span<byte> Room(int count)
    {
        if (Length + count > _buffer.Length)
            Grow(count);
        return _buffer.AsSpan(Length);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void Grow(int count) => Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
}
