using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using static IIJReportGen.Dataset.Tests.MutatedDataset;

namespace IIJReportGen.Dataset.Tests;

/// <summary>Japanese dates without ICU (the era is a table of ours), and the per-document policies that choose them.</summary>
public class JapaneseDateTests
{
    [Theory]
    [InlineData(2013, 11, 8, "平成25年11月8日")]
    [InlineData(1989, 1, 7, "昭和64年1月7日")]
    [InlineData(1989, 1, 8, "平成元年1月8日")]
    [InlineData(2019, 4, 30, "平成31年4月30日")]
    [InlineData(2019, 5, 1, "令和元年5月1日")]
    [InlineData(2026, 3, 31, "令和8年3月31日")]
    public void The_era_year_starts_on_the_eras_first_day_and_its_first_year_is_gannen(int year, int month, int day, string expected) =>
        Assert.Equal(expected, JapaneseDate.Era(new DateOnly(year, month, day)));

    [Fact]
    public void The_western_year_is_written_with_nen_tsuki_hi() =>
        Assert.Equal("2013年11月8日", NumberText.Date(new DateOnly(2013, 11, 8), DateStyle.JapaneseWestern));

    private const string DocumentPolicies = "\"negativeStyle\": \"parentheses\",";

    [Fact]
    public void A_documents_policies_override_the_negative_style_dates_dash_not_meaningful_and_language_for_that_document_only()
    {
        var load = Load(DocumentPolicies, DocumentPolicies + """
             "documents": { "tanshin": { "negativeStyle": "triangle", "dates": "japaneseEra", "dash": "－", "notMeaningful": "－", "language": "ja" } },
            """);
        Assert.False(load.Diagnostics.HasErrors, string.Join("\n", load.Diagnostics));
        var policies = load.Dataset!.Policies;

        var tanshin = policies.For("tanshin");
        Assert.Equal((NegativeStyle.Triangle, DateStyle.JapaneseEra, "－", "－", "ja"), (tanshin.NegativeStyle, tanshin.Dates, tanshin.Dash, tanshin.PercentChange.BaseNotPositive, tanshin.Language));
        var english = policies.For("press-release");
        Assert.Equal((NegativeStyle.Parentheses, DateStyle.English, "-", "n.m.", "en"), (english.NegativeStyle, english.Dates, english.Dash, english.PercentChange.BaseNotPositive, english.Language));
    }

    [Fact]
    public void An_unknown_date_style_is_a_located_error()
    {
        var finding = SingleFinding(Load(DocumentPolicies, DocumentPolicies + "\"documents\": { \"tanshin\": { \"dates\": \"meiji\" } },"));

        Assert.Contains("($.policies.documents.tanshin.dates): error DS006: 'dates' is 'meiji', which is not one of: english, japaneseEra, japaneseWestern.", finding);
    }

    [Fact]
    public void An_unknown_language_is_a_located_error()
    {
        var finding = SingleFinding(Load(DocumentPolicies, DocumentPolicies + "\"documents\": { \"tanshin\": { \"language\": \"jp\" } },"));

        Assert.Contains("($.policies.documents.tanshin.language): error DS006: 'language' is 'jp', which is not one of: en, ja.", finding);
    }
}
