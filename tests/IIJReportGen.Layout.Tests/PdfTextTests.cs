using IIJReportGen.Tests.Shared;
using UglyToad.PdfPig;

namespace IIJReportGen.Layout.Tests;

public class PdfTextTests
{
    [Fact]
    public void EnglishProseExtractsInReadingOrder()
    {
        var first = PdfPages.Texts(Samples.Pdf(Samples.Release()))[0];

        var expected = new[]
        {
            "IIJ Announces First Six Months Financial Results",
            "Tokyo, November 8, 2013 - Internet Initiative Japan Inc. (\"IIJ\" NASDAQ:IIJI, TSE:3774) today announced its",
            "for the first six months of the fiscal year ending March 31, 2014.",
            "Operating Results Summary",
            "Item 1H12 1H13 YoY %",
            "Row 1 1,001 1,002,001 (7.8)",
            "Row 2 2,002 1,003,002 (7.8)",
        };
        var position = 0;
        foreach (var phrase in expected)
        {
            var found = first.IndexOf(phrase, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{phrase}' not found after position {position} in: {first}");
            position = found + phrase.Length;
        }
    }

    [Fact]
    public void JapaneseExtractsAsTheSameCharactersNotRadicals()
    {
        using var document = PdfDocument.Open(Samples.Pdf(Samples.Release()));
        var text = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));

        Assert.Contains("決算短信（連結）", text);
        Assert.Contains("平成26年3月期", text);
        Assert.Contains("前年同期比6.4%増加しました。", text);
        Assert.DoesNotContain(text, c => c is >= '\u2E80' and <= '\u2FDF');
    }

    [Fact]
    public void MetadataComesFromTheCallerNotTheClock()
    {
        using var document = PdfDocument.Open(Samples.Pdf(Samples.Release(5)));
        var info = document.Information;

        Assert.Equal("IIJ 1H FY2013 Financial Results", info.Title);
        Assert.Equal("Internet Initiative Japan Inc.", info.Author);
        Assert.Equal("Earnings release", info.Subject);
        Assert.Equal("IIJReportGen", info.Creator);
        Assert.Equal(Samples.ReleaseDate, info.GetCreatedDateTimeOffset());
        Assert.Equal(Samples.ReleaseDate, info.GetModifiedDateTimeOffset());
    }
}
