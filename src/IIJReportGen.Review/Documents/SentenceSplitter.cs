namespace IIJReportGen.Review.Documents;

/// <summary>Splits a paragraph into sentences at ". ", "! ", "? " — but not after an abbreviation ("Inc.", "U.S.", "Sep.").</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Co", "Corp", "Ltd", "Mr", "Mrs", "Ms", "Dr", "No", "Nos", "vs", "e.g", "i.e", "etc", "approx", "St",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>The sentences of a text whose white space is already collapsed, in order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (!EndsSentence(words[i]) || !StartsSentence(words[i + 1]))
                continue;
            sentences.Add(string.Join(' ', words[start..(i + 1)]));
            start = i + 1;
        }
        if (start < words.Length)
            sentences.Add(string.Join(' ', words[start..]));
        return sentences;
    }

    private static bool EndsSentence(string word)
    {
        var bare = word.TrimEnd(')', '"', '\'', '”', '’');
        if (bare.Length == 0 || bare[^1] is not ('.' or '!' or '?'))
            return false;
        var stem = bare[..^1].TrimStart('(', '"', '\'', '“', '‘');
        // "U.S." or a single initial ("J.") is an abbreviation, not the end of a sentence.
        var initials = stem.Length > 0 && stem.Split('.').All(part => part.Length == 1 && char.IsLetter(part[0]));
        return bare[^1] != '.' || (!initials && !Abbreviations.Contains(stem));
    }

    private static bool StartsSentence(string word)
    {
        var first = word.TrimStart('(', '"', '\'', '“', '‘');
        return first.Length > 0 && (char.IsUpper(first[0]) || char.IsDigit(first[0]));
    }
}
