using IIJReportGen.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Dataset.Json;

/// <summary>A JSON file's name and lines, to turn token positions into file:line:col locations.</summary>
public sealed class JsonSource(string file, string text)
{
    // Where each line starts (one number a line, not one string a line: only the lines of located tokens are looked at).
    private readonly int[] _lineStarts = LineStarts(text);

    public string File { get; } = file;

    /// <summary>The location of a token: the column of its first character, and its JSON path (spelled out when first read:
    /// Newtonsoft's <see cref="JToken.Path"/> walks and formats every ancestor, and most locations are never reported).</summary>
    /// <remarks>Newtonsoft records where a token ends; people look for where it starts.</remarks>
    public SourceLocation Of(JToken token)
    {
        var info = (IJsonLineInfo)token;
        Func<string> path = () => PathOf(token);
        if (!info.HasLineInfo() || info.LineNumber > _lineStarts.Length)
            return new SourceLocation(File, 0, 0, path);
        var line = Line(info.LineNumber);
        var end = Math.Min(info.LinePosition, line.Length);
        return new SourceLocation(File, info.LineNumber, TokenStart(token, line, end) + 1, path);
    }

    /// <summary>The JSON path of a token as "$.a.b[0]".</summary>
    public static string PathOf(JToken token) => token.Path switch
    {
        "" => "$",
        ['[', ..] and var path => "$" + path,
        var path => "$." + path,
    };

    /// <summary>The text of a line (1-based), without its line break.</summary>
    private ReadOnlySpan<char> Line(int number)
    {
        var start = _lineStarts[number - 1];
        var end = number < _lineStarts.Length ? _lineStarts[number] - 1 : text.Length;
        return text.AsSpan(start, end - start);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            starts.Add(i + 1);
        return starts.ToArray();
    }

    private static int TokenStart(JToken token, ReadOnlySpan<char> line, int end)
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
    private static int OpeningQuote(ReadOnlySpan<char> line, int closing)
    {
        for (var i = closing - 1; i >= 0; i--)
            if (line[i] == '"' && (i == 0 || line[i - 1] != '\\'))
                return i;
        return Math.Max(closing, 0);
    }
}
