using System.Globalization;
using System.Text;

namespace IIJReportGen.Dataset.Json;

/// <summary>The text of an escaped JSON string, with a lone surrogate (\ud800 without its pair) turned into U+FFFD, as the
/// dataset's strings have always been read (Newtonsoft.Json's rule; System.Text.Json would refuse the string).</summary>
internal static class JsonEscapes
{
    private const char Replacement = '\uFFFD';

    /// <param name="raw">The string's bytes between its quotes, valid JSON (the reader checked the escapes).</param>
    public static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var slash = raw[i..].IndexOf((byte)'\\');
            var run = slash < 0 ? raw[i..] : raw.Slice(i, slash);
            text.Append(Encoding.UTF8.GetString(run));
            if (slash < 0)
                break;
            i += slash + 2;
            text.Append(raw[i - 1] switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                (byte)'u' => Unicode(raw, ref i, text),
                var c => (char)c,
            });
        }
        return text.ToString();
    }

    /// <summary>The character of a \uXXXX escape (<paramref name="i"/> at its digits); a high surrogate's pair, when it
    /// follows, is read with it and the high half appended here.</summary>
    private static char Unicode(ReadOnlySpan<byte> raw, ref int i, StringBuilder text)
    {
        var c = Hex(raw, ref i);
        if (char.IsLowSurrogate(c))
            return Replacement;
        while (char.IsHighSurrogate(c))
        {
            if (i + 1 >= raw.Length || raw[i] != '\\' || raw[i + 1] != 'u')
                return Replacement;
            i += 2;
            var next = Hex(raw, ref i);
            if (char.IsLowSurrogate(next))
            {
                text.Append(c);
                return next;
            }
            text.Append(Replacement);
            c = next;
        }
        return c;
    }

    private static char Hex(ReadOnlySpan<byte> raw, ref int i)
    {
        var value = int.Parse(raw.Slice(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        i += 4;
        return (char)value;
    }
}
