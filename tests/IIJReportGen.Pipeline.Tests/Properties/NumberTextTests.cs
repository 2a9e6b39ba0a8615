using System.Globalization;
using CsCheck;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Pipeline.Tests.Properties;

/// <summary>Figures are written the same under every culture, and read back to the value rounded as shown.</summary>
public sealed class NumberTextTests
{
    private static readonly CultureInfo[] Cultures = CultureInfo.GetCultures(CultureTypes.AllCultures);

    [Fact]
    public void FormattedFiguresRoundTripUnderAnyCulture() =>
        Gen.Select(Gen.Decimal, Gen.Int[0, 4], Gen.Enum<NegativeStyle>(), Gen.Int[0, Cultures.Length - 1]).Sample((value, decimals, style, culture) =>
        {
            var invariant = NumberText.Format(value, decimals, style);
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = Cultures[culture];
            try
            {
                Assert.Equal(invariant, NumberText.Format(value, decimals, style));
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
            var negative = invariant.StartsWith('(') || invariant.StartsWith('-') || invariant.StartsWith('△');
            var digits = invariant.Trim('(', ')', '-', '△');
            Assert.Equal(value < 0, negative);
            Assert.Matches(@"^\d{1,3}(,\d{3})*(\.\d+)?$", digits);
            var read = decimal.Parse(digits, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            Assert.Equal(Math.Round(Math.Abs(value), decimals, MidpointRounding.AwayFromZero), read);
        }, iter: 2000);

    [Fact]
    public void DatesAreReadBackInTheSpellingTheyAreWrittenIn() =>
        Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, Cultures.Length - 1]).Sample((year, month, day, culture) =>
        {
            var date = new DateOnly(year, month, day);
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = Cultures[culture];
            try
            {
                Assert.True(NumberText.TryReadIsoDate(NumberText.IsoDate(date), out var iso));
                Assert.True(NumberText.TryReadDate(NumberText.Date(date), out var written));
                Assert.Equal((date, date, date), (iso, written, NumberText.ReadIsoDate(NumberText.IsoDate(date))));
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }, iter: 500);

    [Theory]
    [InlineData("2013-9-30")]
    [InlineData(" 2013-09-30")]
    [InlineData("2013/09/30")]
    [InlineData("September 30, 2013")]
    [InlineData(null)]
    public void AnIsoDateIsReadOnlyInItsExactSpelling(string? text)
    {
        Assert.False(NumberText.TryReadIsoDate(text, out _));
        Assert.Equal("2013-09-30", NumberText.IsoDate(new DateOnly(2013, 9, 30)));
        Assert.True(NumberText.TryReadDate("September 30, 2013", out var written));
        Assert.False(NumberText.TryReadDate("Sept. 30, 2013", out _));
        Assert.Equal(new DateOnly(2013, 9, 30), written);
    }
}
