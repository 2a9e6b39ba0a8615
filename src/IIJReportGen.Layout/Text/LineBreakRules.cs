using System.Runtime.CompilerServices;

namespace IIJReportGen.Layout;

/// <summary>Where a line may end: after spaces and word hyphens in Latin text, between characters in CJK text, following kinsoku rules.</summary>
public static class LineBreakRules
{
    // Kinsoku shori (JIS X 4051): characters that must not start a line ...
    private const string NoLineStart = "、。，．・：；？！゛゜ヽヾゝゞ々〻ー’”）〕］｝〉》」』】〙〗〟｠»‐゠–〜～…‥ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ％‰℃)]},.:;!?";

    // ... and characters that must not end one.
    private const string NoLineEnd = "‘“（〔［｛〈《「『【〘〖〝｟«([{";

    /// <summary>True when a line may end between <paramref name="text"/>[<paramref name="index"/>] and the next character.</summary>
    /// <remarks>Inlined where it is asked for every character laid out: two ASCII characters (most text) are decided there.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CanBreakAfter(string text, int index)
    {
        if (index + 1 >= text.Length)
            return true;
        var current = text[index];
        var next = text[index + 1];
        return (current | next) < 0x80 ? AsciiBreakAfter(text, index, current, next) : OtherBreakAfter(text, index, current, next);
    }

    private static bool OtherBreakAfter(string text, int index, char current, char next)
    {
        if (char.IsHighSurrogate(current) || current == '\u00A0' || next == '\u00A0')
            return false;
        if (IsBreakingSpace(current))
            return !IsBreakingSpace(next);
        if (IsBreakingSpace(next))
            return false;
        if (current is '-' or '\u2010' or '\u2013' or '\u2014' && JoinsWords(text, index, next))
            return true;
        if (!IsCjk(current) && !IsCjk(next))
            return false;
        return !NoLineStart.Contains(next) && !NoLineEnd.Contains(current);
    }

    /// <summary>The rules above for two ASCII characters (most text): no no-break space, surrogate or CJK to ask about.</summary>
    private static bool AsciiBreakAfter(string text, int index, char current, char next)
    {
        if (current is ' ' or '\t')
            return next is not (' ' or '\t');
        return current == '-' && JoinsWords(text, index, next);
    }

    // A hyphen or dash at index may end a line when it joins a word to a word or figure ("year-on-year", "FY2013–14" does not).
    private static bool JoinsWords(string text, int index, char next) =>
        index > 0 && char.IsLetter(text[index - 1]) && char.IsLetterOrDigit(next);

    public static bool IsBreakingSpace(char c) => c is ' ' or '\t' or '\u3000';

    /// <summary>Ideographs, kana, CJK punctuation and full-width forms: text that breaks between characters.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' or >= '\uFE30' and <= '\uFE4F'
        || char.IsSurrogate(c);
}
