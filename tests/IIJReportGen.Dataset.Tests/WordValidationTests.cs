using IIJReportGen.Validation;
using static IIJReportGen.Dataset.Tests.MutatedDataset;

namespace IIJReportGen.Dataset.Tests;

/// <summary>Validation of what texts and labels say against the figures, periods and currencies: sign words, stated dates and
/// lengths, currency names — each with its exact message and location.</summary>
public class WordValidationTests
{
    private const string Reason = "\"reason.equipment\": \"The increase was mainly due to larger orders; equipment sales were JPY{EquipmentRevenue@1H13|millions} million as of {@1H13-end|date}.\"";

    private static List<string> Findings(string code, params (string Find, string Replace)[] edits)
    {
        var text = edits.Aggregate(Original, (current, edit) =>
        {
            Assert.True(current.Contains(edit.Find, StringComparison.Ordinal), $"'{edit.Find}' is not in mini.json");
            return current.Replace(edit.Find, edit.Replace, StringComparison.Ordinal);
        });
        var load = LoadText(text);
        Assert.False(load.Diagnostics.HasErrors, string.Join("\n", load.Diagnostics));
        return DatasetValidator.Validate(load.Dataset!).Diagnostics.Where(d => d.Code == code).Select(d => d.ToString()).ToList();
    }

    private static (string, string) Text(string words) => (Reason, $"\"reason.equipment\": \"{words}\"");

    [Fact]
    public void A_typed_word_that_a_negative_figure_contradicts_is_a_warning() =>
        Assert.Equal(["mini.json:84:25 ($.texts['reason.equipment']): warning VAL008: Text 'reason.equipment' types 'gains' before {OperatingIncome@1H13|millions}, " +
            "which shows (2,991): the figure is negative, and 'gains' before it reads as its opposite or says the sign twice. " +
            "Cite the figure with the words of its sign, written before it without its sign: {OperatingIncome@1H13|millions|<words when positive>|<words when negative>}."],
            Findings(ValidationCodes.SignWordDisagrees, Text("Mainly due to gains of JPY{OperatingIncome@1H13|millions} million."),
                ("\"1H13\": 3008979", "\"1H13\": -2991000"), ("\"1H13\": 34365838", "\"1H13\": 28365838")));

    [Theory]
    [InlineData("Operating income increased by JPY{OperatingIncome@1H13|changeMillions} million.", 1)]   // a decrease of 254
    [InlineData("Operating income decreased by JPY{OperatingIncome@1H13|changeMillions} million.", 1)]   // the sign is said twice: (254)
    [InlineData("Equipment sales were JPY{EquipmentRevenue@1H13|millions} million, a gain.", 0)]         // no word before the figure
    [InlineData("An income of JPY{OperatingIncome@1H13|millions} million.", 0)]
    [InlineData("An expense of JPY{OperatingIncome@1H13|millions} million.", 1)]                        // a positive operating income is no expense
    [InlineData("Expenses of JPY{TotalCost@1H13|millions} million.", 0)]                                // "Total cost" says neither
    [InlineData("Total cost increased by JPY{TotalCost@1H13|changeMillions} million.", 0)]              // a rise of 1,719 is an increase
    [InlineData("Total cost decreased by JPY{TotalCost@1H13|changeMillions} million.", 1)]              // … and no decrease
    [InlineData("Operating income {OperatingIncome@1H13|changeMillions|increased by JPY|decreased by JPY} million.", 0)] // its own words
    public void A_sign_word_is_checked_against_the_figure_it_cites_as_shown(string text, int warnings) =>
        Assert.Equal(warnings, Findings(ValidationCodes.SignWordDisagrees, Text(text)).Count);

    [Fact]
    public void A_period_label_states_its_own_end_and_length() =>
        Assert.Equal(["mini.json:23:13 ($.periods.1H13): error VAL009: Period '1H13' is labelled \"Five Months Ended September 30, 2013\", but it runs April 1, 2013 to September 30, 2013 (6 months). " +
            "Write the period's own dates and length in its label, or correct its dates."],
            Findings(ValidationCodes.DateLabelDisagrees, ("\"label\": \"Six Months Ended September 30, 2013\"", "\"label\": \"Five Months Ended September 30, 2013\"")));

    [Fact]
    public void A_period_moved_to_a_week_end_leaves_every_typed_date_an_error_naming_the_label_and_the_period()
    {
        var findings = Findings(ValidationCodes.DateLabelDisagrees,
            ("\"end\": \"2013-09-30\", \"label\": \"Six Months Ended", "\"end\": \"2013-09-28\", \"label\": \"Six Months Ended"),
            ("\"date\": \"2013-09-30\", \"label\": \"As of September 30, 2013\"", "\"date\": \"2013-09-28\", \"label\": \"As of September 30, 2013\""),
            Text("Results for the six months ended September 30, 2013; see the note of September 27, 2013."));

        Assert.Equal([
            "mini.json:23:13 ($.periods.1H13): error VAL009: Period '1H13' is labelled \"Six Months Ended September 30, 2013\", but it runs April 1, 2013 to September 28, 2013 (6 months). Write the period's own dates and length in its label, or correct its dates.",
            "mini.json:25:17 ($.periods.1H13-end): error VAL009: Period '1H13-end' is labelled \"As of September 30, 2013\", but it is September 28, 2013. Write the period's own dates and length in its label, or correct its dates.",
            "mini.json:84:25 ($.texts['reason.equipment']): error VAL009: Text 'reason.equipment' states \"six months ended September 30, 2013\", but period '1H13' runs April 1, 2013 to September 28, 2013 (6 months). Write the dates and length of the dataset's periods (in a text, cite a period's date as {@PERIOD|date}), or correct the period.",
            "mini.json:84:25 ($.texts['reason.equipment']): error VAL009: Text 'reason.equipment' states September 27, 2013, but period '1H13' runs April 1, 2013 to September 28, 2013 (6 months). Write the dates and length of the dataset's periods (in a text, cite a period's date as {@PERIOD|date}), or correct the period.",
        ], findings);
    }

    /// <remarks>September 30, 2013 stays a date of the dataset through the convenience rate's date; the stale length is what shows.</remarks>
    [Fact]
    public void A_date_far_from_every_period_is_the_texts_own() =>
        Assert.Empty(Findings(ValidationCodes.DateLabelDisagrees, Text("Shares were issued on July 18, 2013 and August 5, 2013.")));

    [Fact]
    public void A_text_naming_a_currency_the_documents_do_not_show_is_a_warning() =>
        Assert.Equal(["mini.json:84:25 ($.texts['reason.equipment']): warning VAL010: Text 'reason.equipment' names 'dollars', but the documents show JPY and EUR. " +
            "Name the currencies the dataset reports and translates into (their units' label, symbol and name), or correct policies.convenienceTranslation.currency."],
            Findings(ValidationCodes.ForeignCurrencyWord, ("\"currency\": \"USD\"", "\"currency\": \"EUR\""),
                ("\"JPY\": { \"label\": \"Japanese yen\", \"xbrl\": \"iso4217:JPY\" },", "\"JPY\": { \"label\": \"Japanese yen\", \"xbrl\": \"iso4217:JPY\" }, \"EUR\": { \"label\": \"Euros\", \"xbrl\": \"iso4217:EUR\", \"symbol\": \"€\", \"name\": \"euro\" },"),
                Text("Translated from yen into U.S. dollars and €, JPY{EquipmentRevenue@1H13|millions} million.")));

    [Fact]
    public void A_text_marked_confirm_is_a_warning_at_the_text_until_the_mark_is_removed()
    {
        var marked = (Reason, Reason.Replace("\"reason.equipment\": \"", "\"reason.equipment\": { \"confirm\": \"A translation not yet checked.\", \"text\": \"", StringComparison.Ordinal) + " }");

        Assert.Equal(["mini.json:84:25 ($.texts['reason.equipment']): warning VAL011: Text 'reason.equipment' is still to confirm: A translation not yet checked. " +
            "Confirm the words from the source named, then remove \"confirm\" from the text."], Findings(ValidationCodes.TextToConfirm, marked));
        Assert.Empty(Findings(ValidationCodes.TextToConfirm));
    }
}
