using IIJReportGen.Diagnostics;
using IIJReportGen.Layout;

namespace IIJReportGen.Markup;

/// <summary>Where each character of a text node's value is in the XHTML: an entity or a CR LF is one character of the value.</summary>
internal static class TextOffsets
{
    /// <summary>The origin of a text node's value: one offset per character where the XHTML holds an entity or a CR LF in
    /// its stretch, else just where it starts (its characters are the XHTML's own, one for one).</summary>
    public static TextOrigin Origin(SourceMap source, string xhtml, int start, string value, bool cdata)
    {
        var plain = start >= 0 && start + value.Length <= xhtml.Length
            && (cdata ? xhtml.AsSpan(start, value.Length).IndexOf('\r') : xhtml.AsSpan(start, value.Length).IndexOfAny('&', '\r')) < 0;
        return plain ? new TextOrigin(source, start, value.Length) : new TextOrigin(source, Of(xhtml, start, value, cdata));
    }

    /// <param name="xhtml">The whole XHTML text.</param>
    /// <param name="start">The offset of the node's first character.</param>
    /// <param name="value">The node's value as the XML reader gives it.</param>
    /// <param name="cdata">Whether the node is a CDATA section (no entities inside).</param>
    private static int[] Of(string xhtml, int start, string value, bool cdata)
    {
        var offsets = new int[value.Length];
        var last = Math.Max(xhtml.Length - 1, 0);
        var (at, i) = (start, 0);
        while (i < value.Length)
        {
            var (next, characters) = at < xhtml.Length ? Step(xhtml, at, cdata) : (at, 1);
            for (var k = 0; k < characters && i < value.Length; k++)
                offsets[i++] = Math.Min(at, last);
            at = next;
        }
        return offsets;
    }

    /// <summary>Where the markup after the character at <paramref name="at"/> starts, and how many characters of the value it is.</summary>
    private static (int Next, int Characters) Step(string xhtml, int at, bool cdata)
    {
        if (!cdata && xhtml[at] == '&' && xhtml.IndexOf(';', at) is var end and > 0)
            return (end + 1, IsAstral(xhtml.AsSpan(at + 1, end - at - 1)) ? 2 : 1);
        return (xhtml[at] == '\r' && at + 1 < xhtml.Length && xhtml[at + 1] == '\n' ? at + 2 : at + 1, 1);
    }

    /// <summary>A character reference beyond U+FFFF, which the value holds as a surrogate pair.</summary>
    private static bool IsAstral(ReadOnlySpan<char> reference)
    {
        if (!reference.StartsWith("#"))
            return false;
        var hex = reference.StartsWith("#x") || reference.StartsWith("#X");
        return int.TryParse(reference[(hex ? 2 : 1)..], hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var code) && code > 0xFFFF;
    }
}
