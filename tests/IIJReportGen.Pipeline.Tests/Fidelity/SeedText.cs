using System.Text.RegularExpressions;

namespace IIJReportGen.Pipeline.Tests.Fidelity;

/// <summary>How the seed (and the PDFs' text) is cut into figures and prose sentences for the fidelity measure.</summary>
/// <remarks>
/// Both texts are normalised the same way first (<see cref="Normalise"/>). A figure is a run of ASCII digits with
/// optional thousands groups and decimals (54,397 · 6.4 · 1,003.3 · 51.66); a sign or the parentheses of a negative
/// are not part of it, so (7.8), -7.8 and 7.8 are one token. Not figures: dates ("November 8, 2013", "Sep. 30, 2012"),
/// years (four digits 1900–2099 without a comma), period names (1H13, 2Q12, FY2013, 2H13, 1Q-end, 2nd), telephone
/// numbers, and the seed's page-footer lines ("- 8 - IIJ 1H FY2013"). A sentence is a piece of a line without a tab
/// (tabs are the seed's flattened table cells) that ends in . ! or ? (a closing quote or bracket may follow) and has at
/// least four words (a leading list bullet "- " is not part of it); lines are cut after such an ending when the next word starts a sentence, except after the
/// abbreviations listed in <see cref="Abbreviations"/>.
/// </remarks>
internal static partial class SeedText
{
    private static readonly string[] Abbreviations = ["Inc.", "Co.", "U.S.", "Sep.", "No.", "etc.", "e.g.", "i.e.", "vs."];

    /// <summary>The seed's extraction marks underlines as &lt;u&gt;, italics as *…*, and escapes $; footnote marks
    /// (superscript digits) are dropped and superscript brackets made plain; curly quotes and no-break spaces become
    /// plain ones; runs of white space become one space.</summary>
    public static string Normalise(string text)
    {
        text = text.Replace("<u>", "").Replace("</u>", "").Replace("\\$", "$").Replace('⁽', '(').Replace('⁾', ')');
        text = Superscripts().Replace(text, "");
        text = Emphasis().Replace(text, "$1");
        text = text.Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'').Replace('\u00A0', ' ');
        return Spaces().Replace(text, " ").Trim();
    }

    /// <summary>The figures of a text, with multiplicity.</summary>
    public static Dictionary<string, int> Figures(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n').Where(l => !PageFooter().IsMatch(l)))
        {
            var cleaned = NotFigures().Replace(Normalise(line), " ");
            foreach (Match m in Figure().Matches(cleaned))
                if (!Year().IsMatch(m.Value))
                    counts[m.Value] = counts.GetValueOrDefault(m.Value) + 1;
        }
        return counts;
    }

    /// <summary>The prose sentences of the seed, in order, normalised, with repeats.</summary>
    public static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            if (raw.Contains('\t') || PageFooter().IsMatch(raw))
                continue;
            var line = Bullet().Replace(Normalise(raw), "");
            var start = 0;
            foreach (Match end in SentenceEnd().Matches(line))
            {
                var stop = end.Index + end.Length;
                if (Abbreviations.Any(a => line.AsSpan(0, stop).TrimEnd().EndsWith(a, StringComparison.Ordinal)))
                    continue;
                Add(line[start..stop]);
                start = stop;
            }
            Add(line[start..]);
        }
        return sentences;

        void Add(string piece)
        {
            piece = piece.Trim();
            if (piece.Split(' ').Length >= 4 && LastIsEnd().IsMatch(piece))
                sentences.Add(piece);
        }
    }

    [GeneratedRegex(@"\*(\S[^*\n]*?\S)\*")]
    private static partial Regex Emphasis();

    [GeneratedRegex("[⁰¹²³⁴⁵⁶⁷⁸⁹]")]
    private static partial Regex Superscripts();

    [GeneratedRegex(@"^[-•] ")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*(?:- ?\d+ ?- )?IIJ 1H FY2013\s*$")]
    private static partial Regex PageFooter();

    [GeneratedRegex(@"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, ?\d{4}" +
                    @"|\b(?:FY)?\d[HQ](?:\d{2}|-end)?\b|\bFY\d{4}\b|\b\d+(?:st|nd|rd|th)\b" +
                    @"|\+\d{2}-\d-\d{4}-\d{4}|\(\d{2}\) \d{4}-\d{4}")]
    private static partial Regex NotFigures();

    [GeneratedRegex(@"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^(?:19|20)[0-9]{2}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"[.!?][""')]?(?= [A-Z""(<0-9])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[.!?][""')]?$")]
    private static partial Regex LastIsEnd();
}
