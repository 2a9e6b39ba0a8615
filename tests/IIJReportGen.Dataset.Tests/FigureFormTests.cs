using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Dataset.Tests;

/// <summary>The one list of figure forms: the schema publishes the same names, and each form is what its name says.</summary>
public class FigureFormTests
{
    [Fact]
    public void The_schema_lists_exactly_the_forms_the_code_knows()
    {
        var schema = JObject.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "dataset.schema.json")));

        var listed = schema.SelectToken("definitions.publishedFigure.properties.as.enum", errorWhenNoMatch: true)!.Values<string>();

        Assert.Equal(FigureForm.Names, listed);
    }

    [Fact]
    public void Text_references_accept_every_form_and_the_date()
    {
        Assert.Equal([.. FigureForm.Names, "date", "start", "short"], TextReference.Formats);
        Assert.All(FigureForm.All, f => Assert.Null(TextReference.FindAll($"{{X@1H13|{f.Name}}}").Single().Problem));
    }

    [Fact]
    public void Every_form_is_found_by_its_name_and_by_what_it_derives_at_its_scale()
    {
        Assert.Equal(FigureForm.All.Count, FigureForm.Names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(FigureForm.All, f => Assert.Same(f, FigureForm.Named(f.Name)));
        Assert.All(FigureForm.All, f => Assert.Same(f, FigureForm.Of(f.Derivation, f.Scale)));
        Assert.Null(FigureForm.Named("billions"));
    }

    [Theory]
    [InlineData("millions", 6, 0, -6)]
    [InlineData("thousands", 3, 0, -3)]
    [InlineData("usdUnits", 0, 2, 2)]
    [InlineData("percent", -2, 1, 3)]
    [InlineData("yoyPercent", -2, 1, 3)]
    [InlineData("changeMillions", 6, 0, -6)]
    public void A_forms_xbrl_scale_and_decimals_follow_its_scale_and_decimals_rule(string name, int xbrlScale, int decimals, int xbrlDecimals)
    {
        var form = FigureForm.Named(name)!;
        var policy = new PresentationPolicy(RoundingMode.HalfUp, NegativeStyle.Parentheses, new PercentChangePolicy(1, "n.m.", 0.5m));

        Assert.Equal(xbrlScale, form.XbrlScale);
        Assert.Equal(decimals, form.DecimalsFor(figureDecimals: -3, policy));
        Assert.Equal(xbrlDecimals, form.DecimalsFor(-3, policy) - form.XbrlScale);
    }

    [Fact]
    public void Changes_and_percent_changes_compare_periods_and_nothing_else_does()
    {
        Assert.Equal(["yoyPercent", "changeThousands", "changeMillions", "changeUnits"], FigureForm.All.Where(f => f.Compares).Select(f => f.Name));
        Assert.Equal(["thousands", "millions", "units", "percent"], FigureForm.All.Where(f => f.IsFact).Select(f => f.Name));
    }
}
