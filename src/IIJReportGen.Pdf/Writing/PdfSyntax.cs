using System.Globalization;
using System.Text;

namespace IIJReportGen.Pdf;

/// <summary>How values are spelled in PDF: numbers, names, strings and dates, always culture-invariant and ASCII.</summary>
internal static class PdfSyntax
{
    /// <summary>A real number rounded to 3 decimals, without trailing zeros ("12.5", "0", "-3.125"): a thousandth of a point is below any device's resolution.</summary>
    public static string Number(double value)
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
