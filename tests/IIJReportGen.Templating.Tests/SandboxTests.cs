using IIJReportGen.Diagnostics;

namespace IIJReportGen.Templating.Tests;

/// <summary>Strict mode, the include sandbox and the limits: a bad template fails with its file:line, never silently and never with an exception.</summary>
public sealed class SandboxTests
{
    private static Diagnostic SingleError(string body, params (string, string)[] partials)
    {
        using var templates = new ScratchTemplates(body, partials);
        var result = templates.Render(Datasets.Mini);
        Assert.False(result.Succeeded);
        Assert.Equal("", result.Xhtml);
        return Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void An_undefined_variable_is_an_error_at_its_file_line_and_column()
    {
        var error = SingleError(ScratchTemplates.Page("\n<p>{{ company.name }}</p>\n<p>{{ revenue_total }}</p>"));
        Assert.Equal(TemplateCodes.Runtime, error.Code);
        Assert.Contains("revenue_total", error.Message);
        Assert.Equal(new SourceLocation("templates/scratch/scratch.sbnhtml", 3, 7), error.Location);
    }

    [Fact]
    public void An_undefined_helper_and_an_unknown_member_are_errors()
    {
        Assert.Contains("billions", SingleError(ScratchTemplates.Page("{{ billions \"TotalRevenues\" \"1H13\" }}")).Message);
        Assert.Contains("nickname", SingleError(ScratchTemplates.Page("{{ company.nickname }}")).Message);
    }

    [Fact]
    public void A_syntax_error_names_the_template_line()
    {
        using var templates = new ScratchTemplates(ScratchTemplates.Page("\n\n{{ if }}"));
        var errors = templates.Render(Datasets.Mini).Diagnostics.ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal((TemplateCodes.Syntax, 3), (e.Code, e.Location!.Line)));
    }

    [Fact]
    public void A_syntax_error_in_a_partial_names_the_partial()
    {
        var error = SingleError(ScratchTemplates.Page("{{ include \"shared/broken.sbnhtml\" }}"), ("shared/broken.sbnhtml", "ok\n{{ for }}"));
        Assert.Equal("templates/shared/broken.sbnhtml", error.Location!.File);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void An_unknown_concept_is_an_error_with_a_suggestion()
    {
        var error = SingleError(ScratchTemplates.Page("{{ millions \"TotalRevenue\" \"1H13\" }}"));
        Assert.Contains("TotalRevenue", error.Message);
        Assert.Contains("TotalRevenues", error.Hint);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("scratch/../../outside/secret.sbnhtml")]
    [InlineData("..\\outside\\secret.sbnhtml")]
    public void Include_outside_the_templates_folder_is_refused(string name)
    {
        var error = SingleError(ScratchTemplates.Page($"{{{{ include \"{name.Replace("\\", "\\\\")}\" }}}}"));
        Assert.Equal(TemplateCodes.IncludeRefused, error.Code);
        Assert.Contains("refused", error.Message);
    }

    [Fact]
    public void A_link_that_leads_out_of_the_templates_folder_is_refused()
    {
        using var templates = new ScratchTemplates(ScratchTemplates.Page("{{ include \"shared/secret.sbnhtml\" }}"));
        Directory.CreateDirectory(templates.Outside);
        File.WriteAllText(Path.Combine(templates.Outside, "secret.sbnhtml"), "secret");
        Directory.CreateDirectory(Path.Combine(templates.Root, "shared"));
        File.CreateSymbolicLink(Path.Combine(templates.Root, "shared", "secret.sbnhtml"), Path.Combine(templates.Outside, "secret.sbnhtml"));
        var result = templates.Render(Datasets.Mini);
        Assert.Equal(TemplateCodes.IncludeRefused, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void An_included_partial_gets_its_arguments_and_is_not_escaped_twice()
    {
        using var templates = new ScratchTemplates(ScratchTemplates.Page("{{ include \"shared/name.sbnhtml\" company.name }}"),
            ("shared/name.sbnhtml", "<b>{{ $1 }}</b>"));
        var result = templates.Render(Datasets.Mini);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains($"<b>{Datasets.Mini.Dataset.Company.Name}</b>", result.Xhtml);
    }

    [Fact]
    public void An_endless_loop_stops_at_the_loop_limit()
    {
        var error = SingleError(ScratchTemplates.Page("{{ while true }}x{{ end }}"));
        Assert.Contains("iteration limit", error.Message);
        Assert.Contains(RenderOptions.Default.LoopLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Hint);
    }

    [Fact]
    public void Unbounded_recursion_stops_at_the_recursion_limit()
    {
        Assert.Contains("recursive depth", SingleError(ScratchTemplates.Page("{{ func again; again; end; again }}")).Message);
        Assert.Contains("recursive depth", SingleError(ScratchTemplates.Page("{{ include \"shared/self.sbnhtml\" }}"),
            ("shared/self.sbnhtml", "{{ include \"shared/self.sbnhtml\" }}")).Message);
    }

    [Fact]
    public void Division_by_zero_is_an_error_not_infinity()
    {
        Assert.Contains("division by zero", SingleError(ScratchTemplates.Page("{{ x = 1; y = x - x; x / y }}")).Message);
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ object.to_json company }}")]
    [InlineData("{{ (millions \"TotalRevenues\" \"1H13\").GetType }}")]
    public void Templates_see_neither_scriban_builtins_nor_dotnet_members(string body) =>
        Assert.Equal(TemplateCodes.Runtime, SingleError(ScratchTemplates.Page(body)).Code);

    [Fact]
    public void Markup_that_is_not_well_formed_is_reported()
    {
        var error = SingleError(ScratchTemplates.Page("<p>line<br>break</p>"));
        Assert.Equal(TemplateCodes.NotWellFormed, error.Code);
    }

    [Fact]
    public void A_missing_document_template_is_reported()
    {
        using var templates = new ScratchTemplates("");
        var result = DocumentRenderer.Render(Datasets.Mini, templates.Root, "annual-report");
        Assert.Equal(TemplateCodes.TemplateMissing, Assert.Single(result.Diagnostics).Code);
    }
}
