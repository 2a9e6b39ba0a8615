using System.Globalization;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Loading;

/// <summary>Refuses strings holding characters no document can show: control characters (other than tab and line breaks),
/// U+FFFE/U+FFFF and unpaired surrogates — pasted by accident, and otherwise silently replaced in the outputs.</summary>
internal static class TextCharacterCheck
{
    /// <summary>The finding about a string (a property name or a value) with such a character, or null.</summary>
    /// <remarks>Where it is, is worked out from <paramref name="place"/> only for a finding (a static lambda and a value: a
    /// closure made for every string of a dataset was most of the checks' cost).</remarks>
    public static Diagnostic? Check<TPlace>(string text, TPlace place, Func<TPlace, SourceLocation> where)
    {
        if (FirstBadCharacter(text) is not { } at)
            return null;
        var code = ((int)text[at]).ToString("X4", CultureInfo.InvariantCulture);
        return Diagnostic.Error(DatasetCodes.InvalidValue,
            $"The text holds the invisible character U+{code} at position {at + 1}, which no document can show.", where(place),
            "Delete it: it usually comes from copying text out of another program.");
    }

    private static int? FirstBadCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u007F' && c >= ' ')
                continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                return i;
        }
        return null;
    }
}
