using System.Text.RegularExpressions;
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

    public static IReadOnlyList<TemplateRule> All { get; } = [NoLiteralFigure];

    /// <summary>Every finding of every rule in every template of the folder (templates the renderer would refuse to load are not read).</summary>
    /// <param name="files">The templates folder as the build reads it (each file read once).</param>
    public static DiagnosticBag Check(TemplateFiles files)
    {
        var findings = new DiagnosticBag();
        var folder = new TemplateFolder(files);
        foreach (var name in folder.Names())
        {
            var template = new TemplateSource(folder.DisplayPath(name), files.Text(name));
            var broken = All.SelectMany(rule => rule.Find(template).Select(hit => (rule, hit.Offset, hit.Found))).OrderBy(b => b.Offset);
            foreach (var (rule, offset, found) in broken)
            {
                var (line, column) = template.PositionOf(offset);
                findings.Add(Diagnostic.Error(rule.Code, rule.Message(found), new SourceLocation(template.Name, line, column), rule.Hint));
            }
        }
        return findings;
    }
}
