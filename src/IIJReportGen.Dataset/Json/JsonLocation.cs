using IIJReportGen.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Dataset.Json;

/// <summary>A JSON file's name and lines, to turn token positions into file:line:col locations.</summary>
public sealed class JsonSource(string file, string text)
{
    private readonly string[] _lines = text.Split('\n');

    public string File { get; } = file;

    /// <summary>The location of a token: the column of its first character, and its JSON path.</summary>
    /// <remarks>Newtonsoft records where a token ends; people look for where it starts.</remarks>
    public SourceLocation Of(JToken token)
    {
        var info = (IJsonLineInfo)token;
        if (!info.HasLineInfo() || info.LineNumber > _lines.Length)
            return new SourceLocation(File, 0, 0, PathOf(token));
        var line = _lines[info.LineNumber - 1];
        var end = Math.Min(info.LinePosition, line.Length);
        return new SourceLocation(File, info.LineNumber, TokenStart(token, line, end) + 1, PathOf(token));
    }

    /// <summary>The JSON path of a token as "$.a.b[0]".</summary>
    public static string PathOf(JToken token) =>
        token.Path.Length == 0 ? "$" : token.Path.StartsWith('[') ? "$" + token.Path : "$." + token.Path;

    private static int TokenStart(JToken token, string line, int end)
    {
        var i = end - 1;
        switch (token)
        {
            case JObject or JArray:
                return Math.Max(i, 0);
            case JProperty:
                while (i >= 0 && line[i] != '"')
                    i--;
                return OpeningQuote(line, i);
            case JValue { Type: JTokenType.String }:
                return OpeningQuote(line, i);
            default:
                while (i > 0 && !" \t,:[{".Contains(line[i - 1]))
                    i--;
                return Math.Max(i, 0);
        }
    }

    /// <summary>The opening quote of the string whose closing quote is at <paramref name="closing"/>.</summary>
    private static int OpeningQuote(string line, int closing)
    {
        for (var i = closing - 1; i >= 0; i--)
            if (line[i] == '"' && (i == 0 || line[i - 1] != '\\'))
                return i;
        return Math.Max(closing, 0);
    }
}
