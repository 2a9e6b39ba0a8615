using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>Warns where a dataset text types a sign word ("gains", "losses", "increased", "provided") before a figure it cites
/// and the figure, as shown, says otherwise: "gains of JPY{FxGains@1H13|millions}" with a loss reads "gains of JPY(139)".</summary>
/// <remarks>Which way a figure reads comes from its names by sign (labelBySign) or its label: the head of "Income tax expense" is
/// an expense, of "Net gain on other investments" a gain; a positive change (or % change) is an increase whatever the figure. A citation with its own words by sign ({…|millions|gains of|losses of})
/// cannot disagree, and is not checked.</remarks>
internal sealed partial class SignWordCheck(Presentation presentation, DiagnosticBag diagnostics)
{
    private static readonly HashSet<string> Positive = new(StringComparer.OrdinalIgnoreCase)
        { "gain", "gains", "profit", "profits", "income", "increase", "increases", "increased", "provided", "inflow", "inflows", "surplus" };

    private static readonly HashSet<string> Negative = new(StringComparer.OrdinalIgnoreCase)
        { "loss", "losses", "expense", "expenses", "decrease", "decreases", "decreased", "used", "outflow", "outflows", "deficit" };

    public int Run()
    {
        var count = 0;
        foreach (var text in presentation.Model.Dataset.Texts)
            foreach (var paragraph in text.Paragraphs)
            {
                var after = 0;
                foreach (var reference in TextReference.FindAll(paragraph))
                {
                    var clause = Clause(paragraph[after..reference.Index]);
                    after = reference.Index + reference.Placeholder.Length;
                    if (reference is { Id: { } id, Form: { } form, Words: null } && LastSignWord(clause) is { } word)
                        count += Check(text, reference, id, form, word);
                }
            }
        return count;
    }

    private int Check(TextBlock text, TextReference reference, string id, FigureForm form, string word)
    {
        if (presentation.Show(id, reference.Period, form) is not { As: ShownAs.Number, Value: { } value } shown)
            return 0;
        var reason = value < 0
            ? $"the figure is negative, and '{word}' before it reads as its opposite or says the sign twice"
            : (form.Compares ? true : ReadsPositive(id)) is { } positive && Positive.Contains(word) != positive
                ? form.Compares
                    ? $"the change is positive, and a rise is no '{word}'"
                    : $"the figure is positive, and a positive '{presentation.Model.Dataset.LabelOf(id)}' is no '{word}'"
                : null;
        if (reason is not null)
            diagnostics.Add(Diagnostic.Warning(ValidationCodes.SignWordDisagrees,
                $"Text '{text.Key}' types '{word}' before {reference.Placeholder}, which shows {shown.Text}: {reason}.", text.Location,
                $"Cite the figure with the words of its sign, written before it without its sign: {{{id}@{reference.Period}|{form.Name}|<words when positive>|<words when negative>}}."));
        return 1;
    }

    /// <summary>True when a positive value of the figure reads with the positive words (a gain, an income), false with the negative
    /// ones (an expense): decided by the last sign word of the head of its positive name or label — the words before what qualifies
    /// it, parentheses left out. Null when the name says neither ("Total cost"): only a negative figure is then checked.</summary>
    private bool? ReadsPositive(string id)
    {
        var dataset = presentation.Model.Dataset;
        var name = Parenthesized().Replace(dataset.LabelBySignOf(id)?.Positive ?? dataset.LabelOf(id), "");
        var head = Qualifier().Split(name)[0];
        return (LastSignWord(head) ?? LastSignWord(name)) is { } word ? Positive.Contains(word) : null;
    }

    /// <summary>The part of a text before a citation that belongs to it: after the last punctuation.</summary>
    private static string Clause(string before) => before[(before.LastIndexOfAny(['.', ',', ';', ':', '(', ')']) + 1)..];

    private static string? LastSignWord(string text) =>
        Words().Matches(text).Select(m => m.Value).LastOrDefault(w => Positive.Contains(w) || Negative.Contains(w));

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"\s(?:before|of|attributable|on|from|for|to)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Qualifier();
}
