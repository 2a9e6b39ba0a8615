using System.Text;

namespace IIJReportGen.Templating.Rendering;

/// <summary>Escapes text for XHTML element content and attribute values.</summary>
internal static class XhtmlText
{
    /// <summary>The text with &amp; &lt; &gt; and quotes escaped, and characters XML forbids replaced by U+FFFD.</summary>
    public static string Escape(string text)
    {
        if (!NeedsEscaping(text))
            return text; // most texts (labels, figures) have nothing to escape: no builder and copy for them
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        builder.Append(c).Append(text[++i]);
                    else
                        builder.Append(IsXmlChar(c) ? c : '\uFFFD');
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '&' or '<' or '>' or '"' or '\'')
                return true;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (!IsXmlChar(c))
                return true;
        }
        return false;
    }

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || c >= ' ' && c < '\uD800' || c >= '\uE000' && c <= '\uFFFD';
}
