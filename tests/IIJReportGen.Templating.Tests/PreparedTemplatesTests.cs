using IIJReportGen.Diagnostics;
using IIJReportGen.Templating.Rules;

namespace IIJReportGen.Templating.Tests;

/// <summary><see cref="DocumentRenderer.Prepare"/> parses a templates folder and checks its rules before a build asks: the build
/// then finds and renders what it would have without it (the parses and findings are kept per process, so a wrong one would
/// be what the build gets).</summary>
public sealed class PreparedTemplatesTests
{
    private static readonly (string, string)[] Partials =
    [
        ("shared/broken.sbnhtml", "ok\n{{ for }}"),
        ("shared/figure.sbnhtml", "<b>{{ millions \"TotalRevenues\" report.current }}</b> as of 2013"),
    ];

    [Theory]
    [InlineData("<p>{{ include \"shared/figure.sbnhtml\" }}</p>", TemplateCodes.LiteralFigure)]
    [InlineData("<p>{{ include \"shared/broken.sbnhtml\" }}</p>", TemplateCodes.Syntax)]
    public void A_prepared_folder_gives_the_findings_and_output_of_one_that_was_not(string body, string code)
    {
        using var plain = new ScratchTemplates(ScratchTemplates.Page(body), Partials);
        using var prepared = new ScratchTemplates(ScratchTemplates.Page(body), Partials);
        var files = new TemplateFiles(prepared.Root);
        DocumentRenderer.Prepare(files);

        var expected = Outcome(plain, new TemplateFiles(plain.Root));
        var actual = Outcome(prepared, files);

        Assert.Equal(expected.Rules, actual.Rules);
        Assert.Equal(expected.Rendering, actual.Rendering);
        Assert.Equal(expected.Xhtml, actual.Xhtml);
        Assert.Contains(expected.Rules.Concat(expected.Rendering), f => f.Code == code);
    }

    private static (List<Diagnostic> Rules, List<Diagnostic> Rendering, string Xhtml) Outcome(ScratchTemplates templates, TemplateFiles files)
    {
        var rules = TemplateRules.Check(files).Select(templates.FromFolder).ToList();
        var rendered = DocumentRenderer.Render(Datasets.Mini, files, ScratchTemplates.Document);
        return (rules, rendered.Diagnostics.Select(templates.FromFolder).ToList(), rendered.Xhtml);
    }
}
