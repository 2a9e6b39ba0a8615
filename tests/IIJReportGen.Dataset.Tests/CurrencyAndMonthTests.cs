using IIJReportGen.Dataset.Model;
using static IIJReportGen.Dataset.Tests.MutatedDataset;

namespace IIJReportGen.Dataset.Tests;

/// <summary>The dataset's currencies and their words, and a period's length in whole calendar months.</summary>
public class CurrencyAndMonthTests
{
    private const string Usd = "\"USD\": { \"label\": \"U.S. Dollars\", \"xbrl\": \"iso4217:USD\", \"symbol\": \"US$\", \"name\": \"U.S. dollar\" }";

    [Fact]
    public void The_reporting_currency_is_the_one_of_the_monetary_figures_and_the_convenience_currency_the_unit_of_its_code()
    {
        var currencies = Currencies.Of(LoadText(Original).Dataset!);

        Assert.Equal(new CurrencyWords("JPY", "Japanese yen", "JPY", "JPY", "Japanese yen"), currencies.Reporting!.Words);
        Assert.Equal(new CurrencyWords("USD", "U.S. Dollars", "US$", "US$", "U.S. dollar"), currencies.Convenience!.Words);
    }

    [Fact]
    public void Another_convenience_currency_reads_in_its_own_words()
    {
        var text = Original.Replace("\"currency\": \"USD\"", "\"currency\": \"EUR\"", StringComparison.Ordinal)
            .Replace(Usd, Usd + ", \"EUR\": { \"label\": \"Euros\", \"xbrl\": \"iso4217:EUR\", \"symbol\": \"€\", \"name\": \"euro\" }", StringComparison.Ordinal);

        Assert.Equal(new CurrencyWords("EUR", "Euros", "€", "€", "euro"), Currencies.Of(LoadText(text).Dataset!).Convenience!.Words);
    }

    [Fact]
    public void A_convenience_currency_without_a_unit_is_an_error_at_its_name() =>
        Assert.Equal("mini.json:11:45 ($.policies.convenienceTranslation.currency): error DS007: The convenience translation's currency 'EUR' has no unit in the dataset. " +
            "Add a unit with \"xbrl\": \"iso4217:EUR\" and the words documents write it with (label, symbol, name).",
            SingleFinding(Load("\"currency\": \"USD\"", "\"currency\": \"EUR\"")));

    [Fact]
    public void Figures_in_two_currencies_are_an_error()
    {
        var finding = SingleFinding(Load("\"WeightedShares\": { \"label\": \"Basic weighted-average shares\", \"unit\": \"shares\"",
            "\"WeightedShares\": { \"label\": \"Basic weighted-average shares\", \"unit\": \"USD\""));

        Assert.StartsWith("mini.json:16:71 ($.units.USD): error DS007: The dataset's figures are in 2 currencies (JPY, USD); they are reported in one.", finding);
    }

    [Theory]
    [InlineData("2013-04-01", "2013-09-30", 6)]
    [InlineData("2013-04-01", "2013-09-29", 6)]   // a 52/53-week half year
    [InlineData("2013-03-31", "2013-09-28", 6)]
    [InlineData("2013-04-02", "2013-10-05", 6)]
    [InlineData("2013-07-01", "2013-09-30", 3)]
    [InlineData("2013-04-01", "2014-03-31", 12)]
    [InlineData("2013-04-01", "2013-09-23", 6)]   // seven days short: still six
    public void A_period_counts_its_nearest_whole_number_of_calendar_months(string start, string end, int months) =>
        Assert.Equal(months, Period(start, end).Months);

    [Theory]
    [InlineData("2013-04-01", "2013-09-21")]      // eight days short of six months, 21 days past five
    [InlineData("2013-04-01", "2013-09-15")]
    [InlineData("2013-04-01", "2013-04-05")]      // shorter than a month
    public void A_period_more_than_a_week_off_a_whole_number_of_months_has_no_month_count(string start, string end) =>
        Assert.Null(Period(start, end).Months);

    [Fact]
    public void The_loader_rejects_a_duration_that_is_no_whole_number_of_months() =>
        Assert.Equal("mini.json:23:65 ($.periods.1H13.end): error DS006: Period '1H13' runs 2013-04-01 to 2013-09-15, more than 7 days off a whole number of months. " +
            "A duration spans whole calendar months (a 52/53-week period may end up to a week off a month's end); check the dates.",
            SingleFinding(Load("\"start\": \"2013-04-01\", \"end\": \"2013-09-30\"", "\"start\": \"2013-04-01\", \"end\": \"2013-09-15\"")));

    private static Period Period(string start, string end) =>
        new("P", PeriodType.Duration, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), Scenario.Actual, "P", "P", null, new Diagnostics.SourceLocation("x"));
}
