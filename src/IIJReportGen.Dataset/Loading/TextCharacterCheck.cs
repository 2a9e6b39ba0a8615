using System.Globalization;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Diagnostics;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Dataset.Loading;

/// <summary>Refuses strings holding characters no document can show: control characters (other than tab and line breaks),
/// U+FFFE/U+FFFF and unpaired surrogates — pasted by accident, and otherwise silently replaced in the outputs.</summary>
internal static class TextCharacterCheck
{
    /// <summary>Reports each string (property name or value) with such a character; true when there was none.</summary>
    public static bool Run(JObject root, JsonSource source, DiagnosticBag diagnostics)
    {
        var clean = true;
        foreach (var token in root.DescendantsAndSelf())
        {
            var (text, where) = token switch
            {
                JValue { Type: JTokenType.String } value => ((string)value!, (JToken)value),
                JProperty property => (property.Name, property),
                _ => ("", token),
            };
            if (FirstBadCharacter(text) is not { } at)
                continue;
            clean = false;
            var code = ((int)text[at]).ToString("X4", CultureInfo.InvariantCulture);
            diagnostics.Add(Diagnostic.Error(DatasetCodes.InvalidValue,
                $"The text holds the invisible character U+{code} at position {at + 1}, which no document can show.", source.Of(where),
                "Delete it: it usually comes from copying text out of another program."));
        }
        return clean;
    }

    private static int? FirstBadCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                return i;
        }
        return null;
    }
}
