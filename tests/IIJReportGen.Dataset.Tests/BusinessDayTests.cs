using IIJReportGen.Validation;
using static IIJReportGen.Dataset.Tests.MutatedDataset;

namespace IIJReportGen.Dataset.Tests;

/// <summary>The release cycle's dates against the exchange's calendar, which the dataset lists (report.calendar): a weekend or a
/// listed holiday is a located warning naming the next business day; a year the list does not cover is said.</summary>
public class BusinessDayTests
{
    private const string Report = "\"report\": { \"current\": \"1H13\", \"balanceSheet\": \"1H13-end\", \"dates\": { \"release\": \"2013-11-08\" } },";

    private const string Calendar = "\"calendar\": { \"exchange\": \"TSE\", \"closed\": { \"2013-11-04\": \"Culture Day (substitute holiday)\", \"2013-12-31\": \"Year-end holiday\" } }";

    private static List<string> Findings(string dates, string calendar = Calendar)
    {
        var load = Load(Report, $"\"report\": {{ \"current\": \"1H13\", \"balanceSheet\": \"1H13-end\", \"dates\": {{ {dates} }}{(calendar.Length > 0 ? ", " + calendar : "")} }},");
        Assert.False(load.Diagnostics.HasErrors, string.Join("\n", load.Diagnostics));
        return DatasetValidator.Validate(load.Dataset!).Diagnostics
            .Where(d => d.Code is ValidationCodes.DateOnClosedDay or ValidationCodes.CalendarNotCovering).Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void A_release_date_on_a_listed_holiday_is_a_warning_at_the_date_naming_the_holiday_and_the_next_business_day() =>
        Assert.Equal(["mini.json:8:84 ($.report.dates.release): warning VAL014: Date 'release' (2013-11-04) is a TSE holiday (Culture Day (substitute holiday)), when the exchange is closed. " +
            "Choose a business day: the next is 2013-11-05."],
            Findings("\"release\": \"2013-11-04\""));

    [Fact]
    public void A_filing_date_on_a_weekend_is_a_warning_whose_next_business_day_skips_the_holidays_after_it() =>
        Assert.Equal(["mini.json:8:108 ($.report.dates.filing): warning VAL014: Date 'filing' (2013-11-03) is a Sunday, when the exchange is closed. " +
            "Choose a business day: the next is 2013-11-05."],
            Findings("\"release\": \"2013-11-08\", \"filing\": \"2013-11-03\""));

    [Fact]
    public void Business_days_and_event_dates_within_the_period_are_not_flagged() =>
        Assert.Empty(Findings("\"release\": \"2013-11-08\", \"offeringPayment\": \"2013-08-04\""));

    [Fact]
    public void Without_a_calendar_weekends_are_still_flagged_and_no_year_is_said_to_be_missing() =>
        Assert.Equal(["mini.json:8:84 ($.report.dates.release): warning VAL014: Date 'release' (2013-11-09) is a Saturday, when the exchange is closed. " +
            "Choose a business day: the next is 2013-11-11."],
            Findings("\"release\": \"2013-11-09\", \"payment\": \"2014-01-06\"", calendar: ""));

    [Fact]
    public void A_date_in_a_year_the_calendar_does_not_cover_asks_to_extend_it_at_the_calendar() =>
        Assert.Equal(["mini.json:8:137 ($.report.calendar): warning VAL015: The TSE calendar lists no closed day of 2014, so the dates of 2014 (payment) are checked against weekends only. " +
            "Extend report.calendar.closed with the TSE's 2014 non-business days (January 1–3, December 31 and Japan's national holidays)."],
            Findings("\"release\": \"2013-11-08\", \"payment\": \"2014-01-06\""));

    [Fact]
    public void A_closed_day_that_is_no_date_is_an_error_at_it()
    {
        var load = Load(Report, "\"report\": { \"current\": \"1H13\", \"balanceSheet\": \"1H13-end\", \"dates\": { \"release\": \"2013-11-08\" }, \"calendar\": { \"exchange\": \"TSE\", \"closed\": { \"2013-13-01\": \"New Year\" } } },");
        Assert.Contains("error DS006: Closed day '2013-13-01' must be a date written yyyy-MM-dd.", SingleFinding(load), StringComparison.Ordinal);
    }
}
