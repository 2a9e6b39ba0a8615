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
}
