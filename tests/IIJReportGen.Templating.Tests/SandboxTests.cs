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
        return templates.FromFolder(Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error));
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
    public void An_endless_loop_stops_at_the_loop_limit_naming_the_loop_and_the_limit()
    {
        var error = SingleError(ScratchTemplates.Page("\n{{ x = 0 }}{{ while true }}x{{ end }}"));
        Assert.Equal(TemplateCodes.Limit, error.Code);
        Assert.Equal("The loop `while true` ran more than 10,000 times (the loop limit).", error.Message);
        Assert.Equal(new SourceLocation("templates/scratch/scratch.sbnhtml", 2, 15), error.Location);
        Assert.Contains("ask a helper", error.Hint);
        Assert.Contains("RenderOptions.LoopLimit", error.Hint);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void The_loop_limit_counts_the_iterations_of_one_loop_run(int iterations, bool renders)
    {
        // Nested in another loop, so steps of different loops are not added up.
        using var templates = new ScratchTemplates(ScratchTemplates.Page($"{{{{ for j in 1..3 }}}}{{{{ for i in 1..{iterations} }}}}x{{{{ end }}}}{{{{ end }}}}"));
        Assert.Equal(renders, templates.Render(Datasets.Mini, new RenderOptions(LoopLimit: 10)).Succeeded);
    }

    [Fact]
    public void A_text_that_grows_without_end_stops_at_the_text_limit()
    {
        var error = SingleError(ScratchTemplates.Page("{{ x = \"ab\" * 1000000 }}"));
        Assert.Equal(TemplateCodes.Limit, error.Code);
        Assert.StartsWith("A text value grew past 1,048,576 characters (the text limit) at ", error.Message);
        Assert.Equal(("templates/scratch/scratch.sbnhtml", 1), (error.Location!.File, error.Location.Line));
    }

    [Fact]
    public void Unbounded_recursion_stops_at_the_nesting_limit_naming_the_call()
    {
        var call = SingleError(ScratchTemplates.Page("{{ func again; again; end; again }}"));
        Assert.Equal(TemplateCodes.Limit, call.Code);
        Assert.Equal("Includes and function calls nest deeper than 64 levels (the nesting limit) at `again`.", call.Message);
        var include = SingleError(ScratchTemplates.Page("{{ include \"shared/self.sbnhtml\" }}"), ("shared/self.sbnhtml", "{{ include \"shared/self.sbnhtml\" }}"));
        Assert.Equal("templates/shared/self.sbnhtml", include.Location!.File);
        Assert.StartsWith("Includes and function calls nest deeper than 64 levels (the nesting limit) at `include \"shared/self.sbnhtml\"`", include.Message);
        Assert.Contains("includes itself", include.Hint);
    }

    [Fact]
    public void Output_without_end_stops_at_the_output_limit()
    {
        using var templates = new ScratchTemplates(ScratchTemplates.Page("{{ for i in 1..10 }}{{ company.name }}{{ end }}"));
        var result = templates.Render(Datasets.Mini, new RenderOptions(OutputLimit: 100));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(TemplateCodes.Limit, error.Code);
        Assert.StartsWith("The document grew past 100 characters (the output limit)", error.Message);
        Assert.Contains("RenderOptions.OutputLimit", error.Hint);
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
