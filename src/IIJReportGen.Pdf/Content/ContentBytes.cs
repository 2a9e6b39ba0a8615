using System.Text;

namespace IIJReportGen.Pdf;

/// <summary>
/// The bytes of a content stream as its operators are appended: ASCII written straight into one growing buffer, which the
/// next page reuses once the page's stream is compressed (no builder of characters to encode, no array per page).
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
        Span<char> text = stackalloc char[PdfSyntax.ShortNumberLength];
        if (!PdfSyntax.TryShortNumber(value, text, out var length))
            return Append(PdfSyntax.LongNumber(value));
        var room = Room(length);
        for (var i = 0; i < length; i++)
            room[i] = (byte)text[i];
        Length += length;
        return this;
    }

    public ContentBytes AppendInteger(long value)
    {
        value.TryFormat(Room(20), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>A glyph id as four hexadecimal digits.</summary>
    public ContentBytes AppendHex(ushort glyph)
    {
        var room = Room(4);
        for (var i = 0; i < 4; i++)
            room[i] = (byte)"0123456789ABCDEF"[(glyph >> (12 - 4 * i)) & 0xF];
        Length += 4;
        return this;
    }

    private Span<byte> Room(int count)
    {
        if (Length + count > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        return _buffer.AsSpan(Length);
    }
}
