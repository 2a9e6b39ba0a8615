using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Tests.Shared;
using static IIJReportGen.Dataset.Tests.MutatedDataset;

namespace IIJReportGen.Dataset.Tests;

/// <summary>The owner of how a figure is shown: value, decimals and text by the document's policies, the dash, "not meaningful", and the table cell rule.</summary>
public class PresentationTests
{
    private static ReportModel Mini(string find = "", string replace = "")
    {
        var load = find.Length == 0 ? LoadText(Original) : Load(find, replace);
        Assert.False(load.Diagnostics.HasErrors, string.Join("\n", load.Diagnostics));
        return new ReportModel(load.Dataset!);
    }

    private static Presentation Of(ReportModel model, NegativeStyle style = NegativeStyle.Parentheses, RoundingMode rounding = RoundingMode.HalfUp) =>
        new(model, new PresentationPolicy(rounding, style, model.Dataset.Policies.PercentChange));

    [Fact]
    public void Millions_are_rounded_with_their_decimals_text_and_xbrl_scale()
    {
        var shown = Of(Mini()).Show("TotalRevenues", "1H13", FigureForm.Millions)!;

        Assert.Equal((ShownAs.Number, 34_366m, 0, "34,366", "34,366"), (shown.As, shown.Value, shown.Decimals, shown.Text, shown.Digits));
        Assert.Equal((6, -6), (shown.XbrlScale, shown.XbrlDecimals));
    }

    [Theory]
    [InlineData(NegativeStyle.Parentheses, "(7.8)")]
    [InlineData(NegativeStyle.Minus, "-7.8")]
    [InlineData(NegativeStyle.Triangle, "△7.8")]
    public void A_documents_negative_style_writes_the_sign_and_the_digits_stay_bare(NegativeStyle style, string text)
    {
        var shown = Of(Mini(), style).Show("OperatingIncome", "1H13", FigureForm.YoyPercent)!;

        Assert.Equal((-7.8m, 1, text, "7.8"), (shown.Value, shown.Decimals, shown.Text, shown.Digits));
        Assert.Equal((-2, 3), (shown.XbrlScale, shown.XbrlDecimals));
    }

    [Fact]
    public void A_documents_rounding_mode_decides_the_last_digit()
    {
        var model = Mini();

        Assert.Equal("642", Of(model).Show("EquipmentRevenue", "1H12", FigureForm.Millions)!.Text);
        Assert.Equal("641", Of(model, rounding: RoundingMode.Truncate).Show("EquipmentRevenue", "1H12", FigureForm.Millions)!.Text);
    }

    [Fact]
    public void Each_document_gets_its_own_rounding_from_the_datasets_policies()
    {
        var model = Mini("\"rounding\": { \"press-release\": \"halfUp\" }", "\"rounding\": { \"press-release\": \"halfUp\", \"tse-summary\": \"truncate\" }");

        Assert.Equal("641", Presentation.For(model, "tse-summary").Show("EquipmentRevenue", "1H12", FigureForm.Millions)!.Text);
        Assert.Equal("642", Presentation.For(model, "press-release").Show("EquipmentRevenue", "1H12", FigureForm.Millions)!.Text);
        Assert.Equal(RoundingMode.HalfUp, Presentation.For(model, document: null).Policy.Rounding);
    }

    [Fact]
    public void Figures_at_their_own_precision_and_ratios_as_percent()
    {
        var presentation = Of(Mini());

        Assert.Equal("51.66", presentation.Show("BasicEps", "1H13", FigureForm.Units)!.Text);
        Assert.Equal("0.53", presentation.Show("BasicEps", "1H13", FigureForm.UsdUnits)!.Text);
        Assert.Equal("42,683,242", presentation.Show("WeightedShares", "1H13", FigureForm.Units)!.Text);
        var margin = presentation.Show("OperatingMargin", "1H13", FigureForm.Percent)!;
        Assert.Equal(("8.8", -2, 3), (margin.Text, margin.XbrlScale, margin.XbrlDecimals));
    }

    [Fact]
    public void A_nil_figure_shows_the_dash_as_itself_and_in_US_dollars_and_its_change_is_a_number()
    {
        var presentation = Of(Mini("\"EquipmentRevenue\": { \"label\": \"Equipment sales\", \"unit\": \"JPY\", \"scale\": 3, \"values\": { \"1H12\": 641780,",
            "\"EquipmentRevenue\": { \"label\": \"Equipment sales\", \"unit\": \"JPY\", \"scale\": 3, \"values\": { \"1H12\": null,"));

        var nil = presentation.Show("EquipmentRevenue", "1H12", FigureForm.Millions)!;
        Assert.Equal((ShownAs.Dash, 0m, "-", "-"), (nil.As, nil.Value, nil.Text, nil.Digits));
        Assert.Equal(ShownAs.Dash, presentation.Show("EquipmentRevenue", "1H12", FigureForm.UsdThousands)!.As);
        Assert.Equal("755", presentation.Show("EquipmentRevenue", "1H13", FigureForm.ChangeMillions)!.Text);
    }

    [Fact]
    public void A_count_has_no_US_dollar_figure_even_when_it_is_nil()
    {
        var model = Mini("\"WeightedShares\": { \"label\": \"Basic weighted-average shares\", \"unit\": \"shares\", \"values\": { \"1H13\": 42683242 } }",
            "\"WeightedShares\": { \"label\": \"Basic weighted-average shares\", \"unit\": \"shares\", \"values\": { \"1H13\": null } }");

        Assert.Null(Of(model).Show("WeightedShares", "1H13", FigureForm.UsdUnits));
        Assert.Equal("-", Of(model).Show("WeightedShares", "1H13", FigureForm.Units)!.Text);
    }

    [Fact]
    public void A_percent_change_from_a_negative_base_is_the_policys_text_with_no_value()
    {
        var model = Mini("\"OperatingIncome\": { \"label\": \"Operating income\", \"unit\": \"JPY\", \"scale\": 3, \"values\": { \"1H12\": 3262707,",
            "\"OperatingIncome\": { \"label\": \"Operating income\", \"unit\": \"JPY\", \"scale\": 3, \"values\": { \"1H12\": -3262707,");

        var shown = Of(model).Show("OperatingIncome", "1H13", FigureForm.YoyPercent)!;

        Assert.Equal((ShownAs.NotMeaningful, (decimal?)null, "n.m.", "n.m."), (shown.As, shown.Value, shown.Text, shown.Digits));
        Assert.Equal("6,272", Of(model).Show("OperatingIncome", "1H13", FigureForm.ChangeMillions)!.Text);
    }

    [Fact]
    public void A_figure_the_dataset_cannot_derive_is_not_shown()
    {
        var presentation = Of(Mini());

        Assert.Null(presentation.Show("NetIncomeAttributable", "1H12", FigureForm.Millions));
        Assert.Null(presentation.Show("NetIncomeAttributable", "1H13", FigureForm.YoyPercent));
    }

    [CultureTheory]
    [InlineData("de-DE")]
    [InlineData("ja-JP")]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    public void The_text_is_the_same_under_any_culture(string culture)
    {
        var presentation = Of(Mini());
        string[] Texts() =>
        [
            presentation.Show("TotalRevenues", "1H13", FigureForm.Thousands)!.Text,
            presentation.Show("OperatingIncome", "1H13", FigureForm.YoyPercent)!.Text,
            presentation.Show("BasicEps", "1H13", FigureForm.Units)!.Text,
            presentation.Show("OperatingIncome", "1H13", FigureForm.ChangeMillions)!.Text,
        ];

        Assert.Equal(["34,365,838", "(7.8)", "51.66", "(254)"], TestCulture.Run(culture, Texts));
    }

    [Theory]
    [InlineData("TotalRevenues", Derivation.Value, DisplayScale.Thousands, "thousands")]
    [InlineData("TotalRevenues", Derivation.Value, DisplayScale.Millions, "millions")]
    [InlineData("TotalRevenues", Derivation.Value, DisplayScale.Units, "units")]
    [InlineData("TotalRevenues", Derivation.Usd, DisplayScale.Thousands, "usdThousands")]
    [InlineData("TotalRevenues", Derivation.Usd, DisplayScale.Units, "usdUnits")]
    [InlineData("TotalRevenues", Derivation.Change, DisplayScale.Millions, "changeMillions")]
    [InlineData("TotalRevenues", Derivation.YoyPercent, DisplayScale.Millions, "yoyPercent")]
    [InlineData("BasicEps", Derivation.Value, DisplayScale.Thousands, "units")]
    [InlineData("BasicEps", Derivation.Usd, DisplayScale.Thousands, "usdUnits")]
    [InlineData("OperatingMargin", Derivation.Value, DisplayScale.Millions, "percent")]
    [InlineData("OperatingMargin", Derivation.Value, DisplayScale.Units, "units")]
    [InlineData("OperatingMargin", Derivation.Usd, DisplayScale.Millions, null)]
    [InlineData("WeightedShares", Derivation.Value, DisplayScale.Millions, "units")]
    [InlineData("WeightedShares", Derivation.Change, DisplayScale.Millions, "changeUnits")]
    [InlineData("WeightedShares", Derivation.Usd, DisplayScale.Thousands, null)]
    public void A_table_cell_shows_amounts_at_the_tables_scale_and_other_units_at_their_own(string id, Derivation derivation, DisplayScale display, string? form)
    {
        var model = Mini();
        var table = model.Dataset.Tables["income"] with { Display = display };

        Assert.Equal(form, FigureCell.FormOf(model, table, id, derivation)?.Name);
    }

    [Fact]
    public void A_cell_reads_the_instant_its_line_names_and_is_blank_for_a_caption()
    {
        var model = Mini();
        var table = model.Dataset.Tables["cash"];
        var lines = model.Dataset.LinesOf(table);

        Assert.Equal(new FigureCell("Cash", "FY2012-end", FigureForm.Thousands, null), FigureCell.Of(model, table, lines[1], table.Columns[0]));
        Assert.Equal(new FigureCell("Cash", "1H13-end", FigureForm.Thousands, null), FigureCell.Of(model, table, lines[2], table.Columns[0]));
        var income = model.Dataset.Tables["income"];
        Assert.Null(FigureCell.Of(model, income, income.Lines[0], income.Columns[0]));
    }
}
