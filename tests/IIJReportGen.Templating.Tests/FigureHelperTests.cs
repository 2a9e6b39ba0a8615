using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using IIJReportGen.Dataset.Measures;

namespace IIJReportGen.Templating.Tests;

/// <summary>The number and word helpers write what the dataset derives, rounded and formatted by its policies.</summary>
public sealed class FigureHelperTests
{
    private static string Render(ReportModel model, string fragment, string document = ScratchTemplates.Document)
    {
        using var templates = new ScratchTemplates(ScratchTemplates.Page($"<p>{fragment}</p>"));
        var result = DocumentRenderer.Render(model, templates.Root, ScratchTemplates.Document, new RenderOptions(InlineXbrl: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return XDocument.Parse(result.Xhtml).Root!.Value;
    }

    private static string Millions(decimal value) =>
        Math.Round(value / 1_000_000m, 0, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture);

    private static string Seed => File.ReadAllText(RepositoryPaths.Seed);

    [Fact]
    public void Millions_rounds_the_typed_thousands_half_up()
    {
        var model = Datasets.Bundled;
        var text = Render(model, "JPY{{ millions \"TotalRevenues\" \"1H13\" }} million");
        Assert.Equal($"JPY{Millions(model.Value("TotalRevenues", "1H13")!.Value)} million", text);
        Assert.Contains(text, Seed);
    }

    [Fact]
    public void Yoy_pct_and_yoy_words_match_the_published_release()
    {
        var model = Datasets.Bundled;
        var text = Render(model, "{{ yoy_pct \"OperatingIncome\" \"1H13\" }}|{{ yoy \"TotalRevenues\" \"1H13\" }}|{{ yoy \"OperatingIncome\" \"1H13\" }}|{{ yoy \"WanServicesRevenue\" \"1H13\" }}");
        var parts = text.Split('|');
        var operatingChange = model.ChangePercent("OperatingIncome", "1H13")!.Value;
        Assert.True(operatingChange < 0);
        Assert.Equal($"({Math.Round(-operatingChange, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture)})", parts[0]);
        Assert.Contains($"Total revenues were JPY54,397 million, {parts[1]} YoY.", Seed);
        Assert.Contains($"Operating income was JPY3,009 million, {parts[2]} YoY.", Seed);
        Assert.Equal("almost flat", parts[3]);
    }

    [Fact]
    public void A_reported_change_stands_in_where_the_base_period_is_not_in_the_dataset() =>
        Assert.Equal("8.3", Render(Datasets.Bundled, "{{ yoy_pct \"TotalRevenues\" \"1H12\" }}"));

    [Fact]
    public void Per_share_ratio_and_usd_helpers_use_their_own_precision()
    {
        var text = Render(Datasets.Bundled, "{{ units \"BasicEps\" \"1H13\" }}|{{ pct \"EquityRatio\" \"1H13-end\" }}|{{ usd_millions \"TotalRevenues\" \"1H13\" }}|{{ units \"ContractedBandwidth\" \"1H13-end\" }}");
        Assert.Equal(["51.66", "58.4", "553", "1,454.8"], text.Split('|'));
    }

    [Fact]
    public void Words_are_chosen_by_the_sign_of_the_figure_or_its_change()
    {
        var text = Render(Datasets.Bundled,
            "{{ label_by_sign \"OtherIncomeExpenseNet\" \"1H13\" \"millions\" }}|{{ label_by_sign \"OtherIncomeExpenseNet\" \"1H12\" \"millions\" }}|" +
            "{{ change_trend \"TotalAssets\" \"1H13-end\" \"changeMillions\" \"FY2012-end\" }}|{{ change_trend \"AccountsReceivableNet\" \"1H13-end\" \"changeMillions\" \"FY2012-end\" }}|" +
            "{{ abs_millions \"NetCashUsedInInvestingActivities\" \"1H13\" }}|{{ label_by_sign \"NetCashUsedInInvestingActivities\" \"1H13\" \"millions\" }}");
        Assert.Equal(["an income", "an expense", "up", "down", "4,202", "net cash used in investing activities"], text.Split('|'));
    }

    [Fact]
    public void Humanizer_words_and_period_labels_come_from_the_periods()
    {
        var text = Render(Datasets.Bundled, "{{ part_ordinal \"1H13\" \"FY2013\" }} {{ months \"1H13\" }}|{{ months \"2Q13\" }}|{{ title_case (part_ordinal \"2Q13\" \"FY2013\") }}|{{ period_label \"1H13\" }}|{{ date \"release\" }}");
        Assert.Equal(["first six months", "three months", "Second", "Six Months Ended September 30, 2013", "November 8, 2013"], text.Split('|'));
    }

    [Fact]
    public void A_text_expands_its_references_with_the_same_formatting()
    {
        var model = Datasets.Mini;
        var text = Render(model, "{{ text \"reason.equipment\" }}");
        Assert.Equal($"The increase was mainly due to larger orders; equipment sales were JPY{Millions(model.Value("EquipmentRevenue", "1H13")!.Value)} million as of September 30, 2013.", text);
    }

    [Fact]
    public void Every_shown_figure_is_recorded_with_its_template_line()
    {
        using var templates = new ScratchTemplates(ScratchTemplates.Page("\n<p>{{ millions \"TotalRevenues\" \"1H13\" }}</p>\n<p>{{ yoy_pct \"OperatingIncome\" \"1H13\" }}</p>"));
        var result = templates.Render(Datasets.Mini);
        Assert.Collection(result.FactUses,
            u => Assert.Equal(("TotalRevenues", "1H13", "millions", null, 2), (u.Id, u.Period, u.Form, u.Vs, u.Template.Line)),
            u => Assert.Equal(("OperatingIncome", "1H13", "yoyPercent", "1H12", 3), (u.Id, u.Period, u.Form, u.Vs, u.Template.Line)));
        Assert.All(result.FactUses, u => Assert.Equal(templates.MainTemplate, u.Template.File));
    }

    [Fact]
    public void A_figure_without_a_value_for_the_period_fails_the_rendering_at_its_template_line_and_the_rendering_finds_every_one()
    {
        using var templates = new ScratchTemplates(ScratchTemplates.Page("{{ millions \"NetIncomeAttributable\" \"1H12\" }}\n<p>{{ millions \"TotalRevenues\" \"FY2012-end\" }}</p>"));
        var result = templates.Render(Datasets.Mini);
        Assert.False(result.Succeeded);
        Assert.Equal("", result.Xhtml);
        Assert.Collection(result.MissingUses,
            m => Assert.Equal(("NetIncomeAttributable", "1H12", "'NetIncomeAttributable' has no value for period '1H12'.", 1), (m.Id, m.Period, m.Message, m.Template.Line)),
            m => Assert.Equal(("TotalRevenues", "FY2012-end", 2), (m.Id, m.Period, m.Template.Line)));
        Assert.All(result.MissingUses, m => Assert.Equal(templates.MainTemplate, m.Template.File));
    }

    [Fact]
    public void A_text_may_cite_any_form_the_loader_accepts()
    {
        var model = Datasets.MiniWith(json => json["texts"]!["reason.equipment"] = "Up JPY{EquipmentRevenue@1H13|changeMillions} million, {EquipmentRevenue@1H13|yoyPercent}%.");

        Assert.Equal("Up JPY114 million, 17.7%.", Render(model, "{{ text \"reason.equipment\" }}"));
    }

    [Fact]
    public void A_text_writes_a_period_by_its_short_name_first_day_or_end_and_a_report_date_as_the_document_writes_dates()
    {
        var model = Datasets.MiniWith(json => json["texts"]!["reason.equipment"] =
            "Compared with {@1H12|short}, from {@1H13|start} to {@1H13-end|date}; released {dates.release}.");

        Assert.Equal("Compared with 1H12, from April 1, 2013 to September 30, 2013; released November 8, 2013.", Render(model, "{{ text \"reason.equipment\" }}"));
    }

    [Fact]
    public void A_table_label_citing_a_form_without_a_figure_fails_as_the_loader_says_for_a_text()
    {
        var model = Datasets.MiniWith(json => json["tables"]!["income"]!["lines"]![0]!["label"] = "REVENUES ({@1H13|millions}):");
        using var templates = new ScratchTemplates(ScratchTemplates.Page("{{ x = statement \"income\" }}"));

        var error = Assert.Single(templates.Render(model).Diagnostics);

        Assert.Equal("The text reference {@1H13|millions} asks for a figure in format 'millions' but names none.", error.Message);
        Assert.Equal("Write {Concept@1H13|millions}, or {@1H13|date} for the date.", error.Hint);
    }

    [Fact]
    public void A_nil_count_shows_its_dash_but_nothing_in_a_US_dollar_column()
    {
        var model = Datasets.MiniWith(json =>
        {
            json["concepts"]!["WeightedShares"]!["values"] = new JsonObject { ["1H12"] = null, ["1H13"] = null };
            json["tables"]!["income"]!["lines"]!.AsArray().Add(new JsonObject { ["concept"] = "WeightedShares" });
        });

        var cells = Render(model, "{{ for l in (statement \"income\").lines }}{{ if for.last }}{{ for c in l.cells }}[{{ c }}]{{ end }}{{ end }}{{ end }}");

        Assert.Equal("[-][][-]", cells);
    }
}
