namespace IIJReportGen.Dataset.Json;

/// <summary>Turns System.Text.Json's syntax messages into plain sentences with a fix.</summary>
internal static class JsonSyntaxMessage
{
    /// <summary>The parser's message without its own position suffix.</summary>
    public static string Describe(string message)
    {
        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
            return "the file is empty.";
        if (message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
            return "there is a comma after the last entry of an object or list.";
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut < 0 ? message : message[..cut]).Replace(" Change the reader options.", "", StringComparison.Ordinal).Trim();
        return text.EndsWith('.') ? text : text + ".";
    }

    /// <summary>How to fix the most common mistakes.</summary>
    public static string Hint(string message) => message switch
    {
        _ when message.Contains("comment", StringComparison.OrdinalIgnoreCase) || message.StartsWith("'/'", StringComparison.Ordinal) =>
            "JSON has no comments: move the remark into a \"texts\" entry or delete it.",
        _ when message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase) ||
               message.Contains("'}'", StringComparison.Ordinal) || message.Contains("']'", StringComparison.Ordinal) =>
            "Remove the comma before the closing bracket.",
        _ when message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || message.Contains("invalid", StringComparison.OrdinalIgnoreCase) && message.Contains("byte", StringComparison.OrdinalIgnoreCase) =>
            "Save the file as UTF-8.",
        _ when message.Contains("does not contain any JSON tokens", StringComparison.Ordinal) =>
            "Write the dataset as one JSON object, as data/README.md describes.",
        _ when message.Contains("end of data", StringComparison.OrdinalIgnoreCase) || message.Contains("incomplete", StringComparison.OrdinalIgnoreCase) =>
            "The file ends early: it may be truncated; close every '{' and '['.",
        _ => "Fix the JSON syntax at this position.",
    };
}
