using System.Runtime.CompilerServices;

namespace IIJReportGen.Layout;

internal static class Codepoint
{
    /// <summary>The code point at <paramref name="text"/>[<paramref name="index"/>]: a surrogate pair's (above U+FFFF, two
    /// characters), or the character itself, a lone surrogate included.</summary>
    /// <remarks>Inlined: asked for every character itemized and every character of a run drawn.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int At(string text, int index)
    {
        var c = text[index];
        return char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? char.ConvertToUtf32(c, text[index + 1]) : c;
    }
}
