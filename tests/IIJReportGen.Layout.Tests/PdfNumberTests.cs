using System.Globalization;
using System.Text;
using CsCheck;
using IIJReportGen.Pdf;

namespace IIJReportGen.Layout.Tests;

/// <summary>PDF numbers are spelled from their count of thousandths; the spelling must be the rounding-and-format one, byte for byte.</summary>
public class PdfNumberTests
{
    // The spelling PdfSyntax.Number had before it counted thousandths itself: what every committed PDF was written with.
    private static string Formatted(double value)
    {
        var rounded = Math.Round(value, 3, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.###", CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-0.0004, "0")]
    [InlineData(12.5, "12.5")]
    [InlineData(-3.125, "-3.125")]
    [InlineData(0.0005, "0.001")]
    [InlineData(-0.0005, "-0.001")]
    [InlineData(841.89, "841.89")]
    [InlineData(100, "100")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e20, "100000000000000000000")]
    public void Spells_numbers_as_pdf_reals(double value, string expected)
    {
        Assert.Equal(expected, PdfSyntax.Number(value));
        // A buffer smaller than some spellings: it grows.
        Assert.Equal(expected, Encoding.ASCII.GetString(new ContentBytes(capacity: 4).AppendNumber(value).Written));
    }

    [Fact]
    public void Spells_every_number_as_rounding_and_formatting_would()
    {
        // Page coordinates, font sizes and colour fractions, halves of thousandths (the rounding's edge) and any double.
        var coordinates = Gen.Double[-2000, 2000];
        var halves = Gen.Long[-2_000_000_000, 2_000_000_000].Select(k => (k + 0.5) / 1000);
        var fractions = Gen.Int[0, 255].Select(c => c / 255.0);
        var values = Gen.OneOf(coordinates, halves, fractions, Gen.Double);
        values.Sample(value =>
        {
            Assert.Equal(Formatted(value), PdfSyntax.Number(value));
            Assert.Equal(Formatted(value), Encoding.ASCII.GetString(new ContentBytes(capacity: 32).AppendNumber(value).Written));
        }, iter: 200_000);
    }
}
