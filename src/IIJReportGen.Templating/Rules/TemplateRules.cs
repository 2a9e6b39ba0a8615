using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
using IIJReportGen.Templating.Rendering;

namespace IIJReportGen.Templating.Rules;

/// <summary>The rules every template of a templates folder keeps, checked on every template in it — the one place they are
/// enforced (`validate`, and so `build` and `watch`, run them).</summary>
public static partial class TemplateRules
{
    /// <summary>A number with a separator ("54,397", "6.4") or of two or more digits ("100", the "13" of "1H13"): a typed figure.
    /// Single digits (h1, "(2)", "2Q-end") are allowed.</summary>
    [GeneratedRegex(@"\d+(?:[.,]\d+)+|\d{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex FigureLiteral();

    /// <summary>A figure typed into a template: shown text, a string literal or a number in code (not a comment).</summary>
    public static TemplateRule NoLiteralFigure { get; } = new(
        TemplateCodes.LiteralFigure,
        new HashSet<TemplatePieceKind> { TemplatePieceKind.Text, TemplatePieceKind.Code, TemplatePieceKind.String },
        FigureLiteral(),
        found => $"A figure is typed into the template: '{found}'.",
        "Take every figure from the dataset through a helper (millions, units, pct, yoy … in templates/README.md) and every period from report.current or report.quarter, so the template follows the data and where-used finds it.");

    /// <summary>A currency word typed into what a template shows ("JPY", "US$", "$", "U.S. Dollars", "yen"): the words come from the
    /// dataset's currencies (<c>currency</c>, <c>convenience_currency</c>), so another currency reads right everywhere. Inside a tag
    /// (an attribute such as a hand-written fact's unitRef="JPY") nothing is shown: the word is followed by a '&gt;' before any '&lt;'.</summary>
    public static TemplateRule NoCurrencyWord { get; } = new(
        TemplateCodes.CurrencyWord,
        new HashSet<TemplatePieceKind> { TemplatePieceKind.Text, TemplatePieceKind.String },
        new Regex($"(?:{CurrencyVocabulary.Pattern()})(?![^<>]*>)", RegexOptions.CultureInvariant),
        found => $"A currency word is typed into the template: '{found}'.",
        "Write the dataset's currency words: currency.symbol (JPY), currency.name (yen), convenience_currency.symbol (US$), .short_symbol ($), .label (U.S. Dollars), .name (U.S. dollar).");

    public static IReadOnlyList<TemplateRule> All { get; } = [NoLiteralFigure, NoCurrencyWord];

    /// <summary>Every finding of every rule in every template of the folder (templates the renderer would refuse to load are not read).</summary>
    /// <param name="files">The templates folder as the build reads it (each file read once).</param>
    public static DiagnosticBag Check(TemplateFiles files)
    {
        var findings = new DiagnosticBag();
        var folder = new TemplateFolder(files);
        foreach (var name in folder.Names())
            findings.AddRange(Checked.Of(folder.DisplayPath(name), files.Text(name)));
        return findings;
    }

    // A template's findings follow from its name and text: a batch checks each template once.
    private static readonly TemplateCache<IReadOnlyList<Diagnostic>> Checked = new(CheckTemplate);

    private static IReadOnlyList<Diagnostic> CheckTemplate(string name, string text)
    {
        var template = new TemplateSource(name, text);
        var broken = All.SelectMany(rule => rule.Find(template).Select(hit => (rule, hit.Offset, hit.Found))).OrderBy(b => b.Offset);
        return broken.Select(b =>
        {
            var (line, column) = template.PositionOf(b.Offset);
            return Diagnostic.Error(b.rule.Code, b.rule.Message(b.Found), new SourceLocation(template.Name, line, column), b.rule.Hint);
        }).ToList();
    }
}
