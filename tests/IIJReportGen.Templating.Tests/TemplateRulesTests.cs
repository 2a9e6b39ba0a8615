using IIJReportGen.Tests.Shared;
using System.Globalization;
using IIJReportGen.Diagnostics;
using IIJReportGen.Templating.Rules;

namespace IIJReportGen.Templating.Tests;

/// <summary>The template rules (<see cref="TemplateRules"/>, what `validate` enforces): the bundled templates keep them, and a
/// figure typed anywhere a reader or the code would see it is a finding at its template line and column.</summary>
public sealed class TemplateRulesTests
{
    [Fact]
    public void The_bundled_templates_keep_every_rule()
    {
        var templates = new TemplateFiles(RepositoryPaths.Templates);
        var findings = TemplateRules.Check(templates);
        Assert.True(!findings.Any(), string.Join("\n", findings));
        Assert.Contains(templates.Read, t => t.Path.EndsWith("statement-table.sbnhtml", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<p>Revenues were 54,397 million.</p>", 1, 18, "54,397")]
    [InlineData("<p>\n  up {{ 6.4 }}%</p>", 2, 9, "6.4")]
    [InlineData("{{ x = 100 }}", 1, 8, "100")]
    [InlineData("{{ by_sign \"OperatingIncome\" report.current \"a gain of 12\" \"a loss\" }}", 1, 56, "12")]
    [InlineData("{{ millions \"TotalRevenues\" \"1H13\" }}", 1, 32, "13")]
    public void A_typed_figure_is_an_error_at_its_line_and_column(string body, int line, int column, string figure)
    {
        using var templates = new ScratchTemplates(body);
        var finding = Assert.Single(TemplateRules.Check(new TemplateFiles(templates.Root)));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(TemplateCodes.LiteralFigure, finding.Code);
        Assert.Equal(new SourceLocation(templates.MainTemplate, line, column), finding.Location);
        Assert.Equal($"A figure is typed into the template: '{figure}'.", finding.Message);
        Assert.Contains("helper", finding.Hint);
    }

    [Theory]
    [InlineData("<p>Revenues were JPY{{ millions \"TotalRevenues\" report.current }} million.</p>", 1, 18, "JPY")]
    [InlineData("<td>(${{ usd_millions \"TotalRevenues\" report.current }} million)</td>", 1, 6, "$")]
    [InlineData("<th>Thousands of\nU.S. Dollars</th>", 2, 6, "Dollars")]
    [InlineData("<p>translated from yen</p>", 1, 20, "yen")]
    [InlineData("{{ include \"shared/amount.sbnhtml\" \"EUR\" }}", 1, 37, "EUR")]
    public void A_typed_currency_word_is_an_error_at_its_line_and_column(string body, int line, int column, string word)
    {
        using var templates = new ScratchTemplates(body);
        var finding = Assert.Single(TemplateRules.Check(new TemplateFiles(templates.Root)));
        Assert.Equal(TemplateCodes.CurrencyWord, finding.Code);
        Assert.Equal(new SourceLocation(templates.MainTemplate, line, column), finding.Location);
        Assert.Equal($"A currency word is typed into the template: '{word}'.", finding.Message);
        Assert.Contains("currency.symbol", finding.Hint);
    }

    [Theory]
    [InlineData("{{ if c.measure == \"usd\" }}{{ currency.symbol }}{{ end }}")]
    [InlineData("{{ include \"shared/x.sbnhtml\" $1 $2 }}")]
    [InlineData("{{~ ## \"JPY… million\", \"US$ millions\" ## ~}}")]
    [InlineData("<p>{{ convenience_currency.short_symbol }}{{ usd_millions \"TotalRevenues\" report.current }}</p>")]
    [InlineData("<ix:nonFraction name=\"iij:NetSales\" unitRef=\"JPY\">{{ millions \"TotalRevenues\" report.current }}</ix:nonFraction>")]
    public void Currency_words_from_the_dataset_a_measure_named_usd_comments_and_attributes_are_no_typed_currency(string body)
    {
        using var templates = new ScratchTemplates(body);
        Assert.Empty(TemplateRules.Check(new TemplateFiles(templates.Root)));
    }

    [Theory]
    [InlineData("<h2>Part 2</h2><p>(1) see note 3</p>")]
    [InlineData("{{~ ## e.g. millions \"TotalRevenues\" \"1H13\" writes 54,397 ## ~}}")]
    [InlineData("{{ # 2013 is the dataset's year, never typed here\n company.name }}")]
    [InlineData("{{ include \"shared/x.sbnhtml\" $1 $2 }}")]
    public void Single_digits_and_comments_are_no_figures(string body)
    {
        using var templates = new ScratchTemplates(body);
        Assert.Empty(TemplateRules.Check(new TemplateFiles(templates.Root)));
    }

    [Fact]
    public void Every_template_of_the_folder_is_checked_also_a_partial_no_document_includes()
    {
        using var templates = new ScratchTemplates("<p/>", ("shared/unused.sbnhtml", "<td>12</td>"));
        var finding = templates.FromFolder(Assert.Single(TemplateRules.Check(new TemplateFiles(templates.Root))));
        Assert.Equal("templates/shared/unused.sbnhtml", finding.Location!.File);
    }

    [CultureTheory]
    [InlineData("tse-summary")]
    [InlineData("press-release")]
    public void The_same_input_gives_the_same_xhtml_under_any_culture(string document)
    {
        var renders = new[] { "en-US", "de-DE", "ja-JP", "tr-TR" }.Select(name =>
        {
            var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                return Documents.Render(document).Xhtml;
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
            }
        }).ToList();
        Assert.All(renders, r => Assert.Equal(renders[0], r));
    }
}
