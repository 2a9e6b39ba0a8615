namespace IIJReportGen.Layout.Tests;

public sealed class LineBreakRulesTests
{
    // Two ASCII characters are decided on a path of their own; a hyphen and a dash must still follow one rule.
    [Theory]
    [InlineData("year-on-year", 4, true)]
    [InlineData("year\u2013on", 4, true)]
    [InlineData("year\u2010on", 4, true)]
    [InlineData("FY2013-14", 6, false)]
    [InlineData("FY2013\u201314", 6, false)]
    [InlineData("loss-3", 4, true)]
    [InlineData("loss\u20143", 4, true)]
    [InlineData("-5", 0, false)]
    [InlineData("\u20145", 0, false)]
    [InlineData("up -", 3, true)]
    [InlineData("a - b", 2, false)]
    [InlineData("a - b", 1, true)]
    [InlineData("a  b", 1, false)]
    [InlineData("a\tb", 1, true)]
    [InlineData("ab", 0, false)]
    [InlineData("a\u00A0b", 0, false)]
    [InlineData("\u00A0b", 0, false)]
    [InlineData("a\u3000b", 1, true)]
    public void AHyphenOrDashEndsALineOnlyBetweenAWordAndAWordOrFigure(string text, int index, bool canBreak) =>
        Assert.Equal(canBreak, LineBreakRules.CanBreakAfter(text, index));
}
