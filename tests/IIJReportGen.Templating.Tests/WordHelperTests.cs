using System.Text.Json.Nodes;
using System.Xml.Linq;
using IIJReportGen.Dataset.Measures;

namespace IIJReportGen.Templating.Tests;

/// <summary>The word helpers read the figures as the document shows them: trends, names by sign, currency words, months.</summary>
public sealed class WordHelperTests
{
    private static string Render(ReportModel model, string fragment)
    {
        using var templates = new ScratchTemplates(ScratchTemplates.Page($"<p>{fragment}</p>"));
        var result = DocumentRenderer.Render(model, templates.Root, ScratchTemplates.Document, new RenderOptions(InlineXbrl: false));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return XDocument.Parse(result.Xhtml).Root!.Value;
    }

    private static string Error(ReportModel model, string fragment)
    {
        using var templates = new ScratchTemplates(ScratchTemplates.Page($"<p>{fragment}</p>"));
        return Assert.Single(templates.Render(model).Diagnostics).Message;
    }

    /// <summary>The mini dataset with the equipment sales of both periods (thousands of JPY) and names by sign for operating income.</summary>
    private static ReportModel Mini(long equipment1H12, long equipment1H13, long operating1H13 = 3008979) => Datasets.MiniWith(json =>
    {
        json["concepts"]!["EquipmentRevenue"]!["values"] = new JsonObject { ["1H12"] = equipment1H12, ["1H13"] = equipment1H13 };
        var operating = json["concepts"]!["OperatingIncome"]!;
        operating["values"]!["1H13"] = operating1H13;
        operating["labelBySign"] = new JsonObject { ["positive"] = "operating income", ["negative"] = "operating loss" };
    });

    [Theory]
    [InlineData(641780, 755309, "up|up 17.7%")]
    [InlineData(641780, 641780, "unchanged|unchanged")]
    [InlineData(641780, 641800, "flat|almost flat")]
    [InlineData(641780, 644000, "flat|almost flat")]
    [InlineData(641780, 600000, "down|down 6.5%")]
    public void Yoy_says_up_down_almost_flat_or_unchanged_as_the_percent_shows(long prior, long current, string expected) =>
        Assert.Equal(expected, Render(Mini(prior, current), "{{ trend \"EquipmentRevenue\" \"1H13\" }}|{{ yoy \"EquipmentRevenue\" \"1H13\" }}"));

    [Fact]
    public void A_change_that_means_nothing_has_no_yoy_words_only_its_trend()
    {
        var model = Mini(0, 755309);

        Assert.Equal("not_meaningful", Render(model, "{{ trend \"EquipmentRevenue\" \"1H13\" }}"));
        Assert.Equal("'EquipmentRevenue' has no meaningful % change for '1H13' (its base is not positive, or its sign changed).",
            Error(model, "{{ yoy \"EquipmentRevenue\" \"1H13\" }}"));
    }

    [Fact]
    public void A_profit_turned_loss_is_named_by_its_sign_and_its_percent_is_not_meaningful() =>
        Assert.Equal("operating loss|operating income|not_meaningful|2,991|n.m.",
            Render(Mini(641780, 755309, -2991000), "{{ label_by_sign \"OperatingIncome\" \"1H13\" \"millions\" }}|{{ label_by_sign \"OperatingIncome\" \"1H12\" \"millions\" }}|" +
                "{{ trend \"OperatingIncome\" \"1H13\" }}|{{ abs_millions \"OperatingIncome\" \"1H13\" }}|{{ yoy_pct \"OperatingIncome\" \"1H13\" }}"));

    [Theory]
    [InlineData(641780, "unchanged")]
    [InlineData(642000, "flat")]
    [InlineData(643000, "up")]
    public void A_change_trend_is_read_on_the_change_as_shown_in_its_form(long current, string expected) =>
        Assert.Equal(expected, Render(Mini(641780, current), "{{ change_trend \"EquipmentRevenue\" \"1H13\" \"changeMillions\" }}"));

    [Fact]
    public void A_figure_without_names_by_sign_cannot_be_named_by_sign() =>
        Assert.Equal("'TotalRevenues' has no names by sign in the dataset.", Error(Datasets.Mini, "{{ label_by_sign \"TotalRevenues\" \"1H13\" \"millions\" }}"));

    [Theory]
    [InlineData(-49997, "foreign currency losses of JPY50 million")]
    [InlineData(139285, "foreign currency gains of JPY139 million")]
    [InlineData(0, "foreign currency gains of JPY0 million")]
    public void A_text_cites_a_figure_with_the_words_of_its_sign(long thousands, string expected)
    {
        var model = Datasets.MiniWith(json =>
        {
            json["concepts"]!["EquipmentRevenue"]!["values"]!["1H13"] = thousands;
            json["texts"]!["reason.equipment"] = "foreign currency {EquipmentRevenue@1H13|millions|gains of JPY|losses of JPY} million";
        });

        Assert.Equal(expected, Render(model, "{{ text \"reason.equipment\" }}"));
    }

    [Fact]
    public void Currency_words_come_from_the_dataset_units() =>
        Assert.Equal("JPY Japanese yen|US$ US$ U.S. dollar U.S. Dollars|US$1.00",
            Render(Datasets.Mini, "{{ currency.symbol }} {{ currency.name }}|{{ convenience_currency.symbol }} {{ convenience_currency.short_symbol }} {{ convenience_currency.name }} {{ convenience_currency.label }}|{{ convenience_unit }}"));

    [Fact]
    public void A_half_year_ending_off_the_month_end_is_still_six_months_and_the_first()
    {
        var model = Datasets.MiniWith(json =>
        {
            json["periods"]!["1H13"]!["end"] = "2013-09-29";
            json["periods"]!["FY2013"] = new JsonObject { ["type"] = "duration", ["start"] = "2013-04-01", ["end"] = "2014-03-30", ["label"] = "Fiscal Year" };
            json["periods"]!["2Q13"] = new JsonObject { ["type"] = "duration", ["start"] = "2013-06-30", ["end"] = "2013-09-29", ["label"] = "Quarter" };
        });

        Assert.Equal("first six months|second three months", Render(model, "{{ part_ordinal \"1H13\" \"FY2013\" }} {{ months \"1H13\" }}|{{ part_ordinal \"2Q13\" \"FY2013\" }} {{ months \"2Q13\" }}"));
    }

    [Theory]
    [InlineData("revenues", "Revenues")]
    [InlineData("operating loss", "Operating Loss")]
    [InlineData("net income attributable to IIJ", "Net Income attributable to IIJ")]
    [InlineData("net cash used in investing activities", "Net Cash used in investing activities")]
    public void A_headline_capitalises_a_name_up_to_its_qualifier(string name, string expected) =>
        Assert.Equal(expected, Render(Datasets.Mini, $"{{{{ headline \"{name}\" }}}}"));
}
