using System.Text;
using System.Text.Json;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Loading;

/// <summary>
/// The strict syntax pass over the file (System.Text.Json: no comments, no trailing commas, valid tokens), which also notes
/// what the tree checks look for, so that <see cref="TextCharacterCheck"/> and <see cref="LargeIntegerCheck"/> walk the
/// whole tree only when a string may hold an unshowable character or an integer is beyond 64 bits (a bundled dataset has neither).
/// </summary>
/// <param name="MayHoldUnshowableText">A string is escaped, or holds DEL, a C1 control character or U+FFFE/U+FFFF as written.</param>
/// <param name="HasLongIntegers">An integer does not fit in 64 bits.</param>
internal readonly record struct StrictJsonScan(bool MayHoldUnshowableText, bool HasLongIntegers)
{
    /// <summary>Reads every token; null (with the finding) when the JSON is malformed.</summary>
    public static StrictJsonScan? Run(byte[] bytes, string file, DiagnosticBag diagnostics)
    {
        var json = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes.AsSpan(Encoding.UTF8.Preamble.Length) : bytes;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        var (text, integers) = (false, false);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
                    text |= reader.ValueIsEscaped || MayHoldUnshowable(reader.ValueSpan);
                else if (reader.TokenType == JsonTokenType.Number)
                    integers |= !reader.TryGetInt64(out _) && reader.ValueSpan.IndexOfAny(".eE"u8) < 0;
            }
            return new StrictJsonScan(text, integers);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            diagnostics.Add(Diagnostic.Error(DatasetCodes.MalformedJson, "Malformed JSON: " + JsonSyntaxMessage.Describe(e.Message),
                new SourceLocation(file, line, column), JsonSyntaxMessage.Hint(e.Message)));
            return null;
        }
    }

    // Raw C0 controls are invalid JSON and raw surrogates invalid UTF-8; DEL (7F), C1 controls (C2 80–C2 9F) and
    // U+FFFE/U+FFFF (EF BF BE/BF) are valid as written.
    private static bool MayHoldUnshowable(ReadOnlySpan<byte> utf8)
    {
        for (var i = utf8.IndexOfAny((byte)0x7F, (byte)0xC2, (byte)0xEF); i >= 0 && i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b == 0x7F || b == 0xC2 && i + 1 < utf8.Length && utf8[i + 1] <= 0x9F
                || b == 0xEF && i + 2 < utf8.Length && utf8[i + 1] == 0xBF && utf8[i + 2] >= 0xBE)
                return true;
        }
        return false;
    }
}
