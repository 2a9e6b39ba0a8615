using System.Text;

namespace IIJReportGen.Pipeline.NextPeriod;

/// <summary>Comma-separated values as RFC 4180 has them: CRLF between records, a field quoted when it holds a comma, a quote or a line break, a quote doubled.</summary>
/// <remarks>Our own few lines rather than a CSV library: `todo` writes and `import` reads plain cells, and this stays trimming- and AOT-safe.</remarks>
public static class Rfc4180
{
    public static string Write(IEnumerable<IReadOnlyList<string>> records)
    {
        var text = new StringBuilder();
        foreach (var record in records)
            text.Append(string.Join(',', record.Select(Field))).Append("\r\n");
        return text.ToString();
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The records of a CSV text (a byte-order mark, CRLF or LF, a missing final line break are all accepted); null and the 1-based line of a quote left open.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Read(string text, out int? unclosedQuoteLine)
    {
        unclosedQuoteLine = null;
        var records = new List<IReadOnlyList<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var (quoted, line, quoteLine, i) = (false, 1, 0, text.StartsWith('\uFEFF') ? 1 : 0);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
                line++;
            if (quoted)
            {
                if (c != '"')
                    field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"')
                    field.Append(text[++i]);
                else
                    quoted = false;
            }
            else if (c == '"')
                (quoted, quoteLine) = (true, line);
            else if (c == ',')
                record.Add(Take(field));
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    continue; // the LF of CRLF ends it
                record.Add(Take(field));
                records.Add(record);
                record = [];
            }
            else
                field.Append(c);
        }
        if (quoted)
            unclosedQuoteLine = quoteLine;
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(Take(field));
            records.Add(record);
        }
        return records;
    }

    private static string Take(StringBuilder field)
    {
        var value = field.ToString();
        field.Clear();
        return value;
    }
}
