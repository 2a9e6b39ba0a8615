using IIJReportGen.Diagnostics;

namespace IIJReportGen.Templating.Tests;

/// <summary>The renderer's source map: each part of the XHTML back to the template file:line:col that wrote it, and the fact uses marking the text that shows them.</summary>
public sealed class SourceMapTests
{
    private static SourceLocation At(RenderResult result, string text) =>
        result.Source.Locate(result.Xhtml.IndexOf(text, StringComparison.Ordinal));

    private static IEnumerable<int> MarksOn(RenderResult result, string text)
    {
        var at = result.Xhtml.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not in {result.Xhtml}");
        return result.Source.MarksOver(at, at + text.Length);
    }

    [Fact]
    public void Template_text_maps_to_its_own_line_and_an_included_partials_text_to_the_partials_line()
    {
        using var templates = new ScratchTemplates(ScratchTemplates.Page("\n<p>first</p>\n{{ include \"shared/part.sbnhtml\" }}\n<p>last</p>"),
            ("shared/part.sbnhtml", "<div>\n  <span>in the partial</span> {{ company.name }}\n</div>"));

        var result = templates.Render(Datasets.Mini);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(new SourceLocation(templates.MainTemplate, 2, 4), At(result, "first"));
        Assert.Equal(new SourceLocation(templates.DisplayPath("shared/part.sbnhtml"), 2, 9), At(result, "in the partial"));
        Assert.Equal(new SourceLocation(templates.DisplayPath("shared/part.sbnhtml"), 2, 34), At(result, Datasets.Mini.Dataset.Company.Name));
        Assert.Equal(new SourceLocation(templates.MainTemplate, 4, 1), At(result, "<p>last"));
    }

    [Fact]
    public void An_unclosed_cell_in_a_partial_is_reported_at_the_partials_lines()
    {
        using var templates = new ScratchTemplates(ScratchTemplates.Page("\n{{ include \"shared/table.sbnhtml\" }}"),
            ("shared/table.sbnhtml", "<table><tr>\n<td>{{ company.name }}\n</tr></table>"));

        var error = Assert.Single(templates.Render(Datasets.Mini).Diagnostics);

        var partial = templates.DisplayPath("shared/table.sbnhtml");
        Assert.Equal($"{partial}:3:3: error TP005: The rendered scratch is not well-formed XML: The 'td' start tag at {partial}:2:2 does not match the end tag of 'tr'. "
            + "A template writes markup that is not XHTML (e.g. <br> instead of <br/>, or an unclosed element).", error.ToString());
    }

    [Fact]
    public void Each_fact_use_marks_the_text_that_shows_it_and_a_word_chosen_by_a_fact_marks_that_word()
    {
        using var templates = new ScratchTemplates(ScratchTemplates.Page(
            "<p>Revenues {{ if (change_trend \"TotalRevenues\" \"1H13\" \"changeMillions\") == \"up\" }}rose{{ else }}fell{{ end }} to JPY{{ millions \"TotalRevenues\" \"1H13\" }} million,"
            + " {{ if (trend \"OperatingIncome\" \"1H13\") == \"up\" }}a gain{{ else }}a drop{{ end }} of {{ yoy_pct \"OperatingIncome\" \"1H13\" }}%.</p>"));

        var result = templates.Render(Datasets.Mini);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var uses = result.FactUses;
        Assert.Equal(["changeMillions", "millions", "yoyPercent", "yoyPercent"], uses.Select(u => u.Form));
        Assert.Equal([0], MarksOn(result, result.Xhtml.Contains("rose") ? "rose" : "fell"));
        Assert.Equal([1], MarksOn(result, uses[1].Shown!));
        Assert.Equal([2], MarksOn(result, result.Xhtml.Contains("a gain") ? "a gain" : "a drop"));
        Assert.Equal([3], MarksOn(result, uses[3].Shown!));
    }

    // The bundled TSE summary: tagging needs the TDnet form filled by a dataset, and a summary shows the whole form.
    [Fact]
    public void The_inline_xbrl_header_is_located_at_its_helper_and_moves_what_follows()
    {
        var result = Documents.TseSummary;
        var template = Path.Combine(RepositoryPaths.Templates, "tse-summary", "tse-summary.sbnhtml");
        var lines = File.ReadAllLines(template);
        SourceLocation Where(string text) =>
            lines.Select((l, i) => (Line: i + 1, Column: l.IndexOf(text, StringComparison.Ordinal) + 1)).First(p => p.Column > 0) is var (line, column)
                ? new SourceLocation(RepositoryPaths.Templates + "/tse-summary/tse-summary.sbnhtml", line, column) : throw new InvalidOperationException();

        Assert.Equal(Where("ix_header"), At(result, "<ix:header"));
        Assert.Equal(Where("<p class=\"gaap\">"), At(result, "<p class=\"gaap\">"));
    }

    [Fact]
    public void A_templates_folder_under_the_current_directory_is_named_relative_to_it_and_one_elsewhere_in_full()
    {
        var inside = Directory.CreateTempSubdirectory("iijreport-display-").FullName;
        var under = Path.Combine(Environment.CurrentDirectory, "display-test-" + Path.GetFileName(inside));
        try
        {
            Directory.CreateDirectory(under);
            Assert.Equal(Path.GetFileName(under) + "/press-release/style.css", new TemplateFiles(under).DisplayPath("press-release/style.css"));
            Assert.Equal(inside + "/press-release/style.css", new TemplateFiles(inside).DisplayPath("press-release/style.css"));
        }
        finally
        {
            Directory.Delete(inside);
            Directory.Delete(under);
        }
    }
}
