using System.Text;

namespace IIJReportGen.Templating.Rendering;

/// <summary>Escapes text for XHTML element content and attribute values.</summary>
internal static class XhtmlText
{
    /// <summary>The text with &amp; &lt; &gt; and quotes escaped, and characters XML forbids replaced by U+FFFD.</summary>
    /// <remarks>Most texts (labels, figures) have nothing to escape: they are returned as they are, with no builder or copy;
    /// the builder starts at the first character that needs escaping.</remarks>
    public static string Escape(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (Replacement(c) is { } replacement)
                (builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i)).Append(replacement);
            else
                builder?.Append(c);
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>What a character (not part of a surrogate pair) is written as, or null when it is written as itself.</summary>
    private static string? Replacement(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => IsXmlChar(c) ? null : "\uFFFD",
    };

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || c >= ' ' && c < '\uD800' || c >= '\uE000' && c <= '\uFFFD';
}
