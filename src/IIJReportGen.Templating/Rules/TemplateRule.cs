using System.Text.RegularExpressions;

namespace IIJReportGen.Templating.Rules;

/// <summary>A rule every template keeps: a pattern that must not occur in the pieces of the kinds the rule looks at.</summary>
/// <remarks>A new rule (e.g. no literal currency word) is one more instance in <see cref="TemplateRules.All"/>: a code, the kinds
/// of piece it reads, the pattern, and the words of its finding.</remarks>
/// <param name="Code">The finding's stable code.</param>
/// <param name="Kinds">The pieces the rule reads (a figure in a comment is not shown, so it is no figure of the document).</param>
/// <param name="Pattern">What breaks the rule.</param>
/// <param name="Message">The finding's message for what was found.</param>
/// <param name="Hint">How to keep the rule.</param>
public sealed record TemplateRule(string Code, IReadOnlySet<TemplatePieceKind> Kinds, Regex Pattern, Func<string, string> Message, string Hint)
{
    /// <summary>Every place in the template that breaks the rule: its offset and the text found.</summary>
    /// <remarks>Matches enumerated as values: a template is hundreds of pieces, and a match collection, a projection and
    /// its iterator per piece were made even where nothing matched.</remarks>
    public IReadOnlyList<(int Offset, string Found)> Find(TemplateSource template)
    {
        var found = new List<(int, string)>();
        foreach (var piece in template.Pieces)
            if (Kinds.Contains(piece.Kind))
                foreach (var match in Pattern.EnumerateMatches(piece.Text))
                    found.Add((piece.Offset + match.Index, piece.Text.Substring(match.Index, match.Length)));
        return found;
    }
}
