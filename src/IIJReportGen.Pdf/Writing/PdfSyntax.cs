using System.Globalization;
using System.Text;

namespace IIJReportGen.Pdf;

/// <summary>How values are spelled in PDF: numbers, names, strings and dates, always culture-invariant and ASCII.</summary>
internal static class PdfSyntax
{
    /// <summary>A real number rounded to 3 decimals, without trailing zeros ("12.5", "0", "-3.125"): a thousandth of a point is below any device's resolution.</summary>
    public static string Number(double value)
    {
        Span<byte> text = stackalloc byte[ShortNumberLength];
        return TryShortNumber(value, text, out var length) ? Encoding.ASCII.GetString(text[..length]) : LongNumber(value);
    }

    // Up to this many thousandths a double holds every integer exactly, so the count of thousandths is the number's spelling.
    private const double ExactThousandths = 1e15;
    public const int ShortNumberLength = 24;

    /// <summary>
    /// Spells the number in ASCII as <see cref="LongNumber"/> does, from its whole count of thousandths (what Math.Round(value, 3)
    /// computes before dividing by 1000), without the custom-format machinery; false beyond <see cref="ExactThousandths"/>.
    /// </summary>
    public static bool TryShortNumber(double value, Span<byte> text, out int length)
    {
        var thousandths = Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        length = 0;
        if (!(Math.Abs(thousandths) < ExactThousandths))
            return false;
        if (thousandths < 0)
            text[length++] = (byte)'-';
        var magnitude = (long)Math.Abs(thousandths);
        if (magnitude == 0)
            length = 0; // "-0" is spelled "0"
        (magnitude / 1000).TryFormat(text[length..], out var whole, default, CultureInfo.InvariantCulture);
        length += whole;
        // The decimals without trailing zeros, each digit by a division by a constant (a multiplication once compiled).
        var fraction = (int)(magnitude % 1000);
        if (fraction == 0)
            return true;
        text[length++] = (byte)'.';
        text[length++] = (byte)('0' + fraction / 100);
        if (fraction % 100 != 0)
            text[length++] = (byte)('0' + fraction / 10 % 10);
        if (fraction % 10 != 0)
            text[length++] = (byte)('0' + fraction % 10);
        return true;
    }

    public static string LongNumber(double value)
    {
        var rounded = Math.Round(value, 3, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.###", CultureInfo.InvariantCulture);
    }

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A name object ("/Title"); bytes outside the regular characters are written as #xx of their UTF-8 encoding.</summary>
    public static string Name(string value)
    {
        var name = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is > 0x20 and < 0x7F && "#()<>[]{}/%".IndexOf((char)b) < 0)
                name.Append((char)b);
            else
                name.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return name.ToString();
    }

    /// <summary>A text string: literal for printable ASCII, UTF-16BE with a byte order mark otherwise (Japanese titles).</summary>
    public static string Text(string value) =>
        value.All(c => c is >= ' ' and <= '~') ? Literal(value) : "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    /// <summary>A literal string of printable ASCII (URIs, destination names), with the delimiters escaped.</summary>
    public static string Literal(string ascii) =>
        "(" + ascii.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";

    /// <summary>A date string in UTC ("D:20131108060000+00'00'"): the same instant gives the same bytes in every time zone.</summary>
    public static string Date(DateTimeOffset date) =>
        "(D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";

    /// <summary>A rectangle [left bottom right top] in PDF space from page coordinates (origin top-left, y down).</summary>
    public static string Rectangle(SkiaSharp.SKRect bounds, float pageHeight) =>
        "[" + Number(bounds.Left) + " " + Number(pageHeight - bounds.Bottom) + " " + Number(bounds.Right) + " " + Number(pageHeight - bounds.Top) + "]";

    public static string Reference(int number) => Integer(number) + " 0 R";
}
