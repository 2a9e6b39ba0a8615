using System.Globalization;
using SkiaSharp;

namespace IIJReportGen.Layout.Tests;

/// <summary>The shape cache keeps recent words and stays within two generations of characters however much text passes; a
/// text is kept from its second shaping on.</summary>
public class ShapeCacheTests
{
    private int _shaped;

    private ShapedText Shape(string text, bool tabular)
    {
        _shaped++;
        return new ShapedText(new ShapedGlyph[text.Length], new SKPoint[text.Length]);
    }

    [Fact]
    public void MuchTextNeverGrowsTheCacheBeyondTwoGenerations()
    {
        var cache = new ShapeCache(Shape);
        var bound = 2 * ShapeCache.GenerationCharacters + ShapeCache.LongestCachedText;

        // Words long enough that the characters, not the count of texts, fill a generation.
        var stem = new string('w', 60);
        for (var i = 0; i < 200_000; i++)
        {
            var word = stem + i.ToString(CultureInfo.InvariantCulture);
            cache.Get(word, false);
            cache.Get(word, false);
            Assert.True(cache.Characters <= bound, $"{cache.Characters} characters cached after {i + 1} words");
        }
        Assert.True(cache.Characters > ShapeCache.GenerationCharacters);
    }

    [Fact]
    public void ManyShortFiguresNeverGrowTheCacheBeyondTwoGenerationsOfTexts()
    {
        // A table of unique figures: few characters each, so the character bound alone would let a generation grow large.
        var cache = new ShapeCache(Shape);

        for (var i = 0; i < 50_000; i++)
        {
            var figure = i.ToString("N0", CultureInfo.InvariantCulture);
            cache.Get(figure, true);
            cache.Get(figure, true);
            Assert.True(cache.Entries <= 2 * ShapeCache.GenerationEntries, $"{cache.Entries} texts cached after {i + 1} figures");
        }
        Assert.True(cache.Entries > ShapeCache.GenerationEntries);
        Assert.True(cache.Characters < ShapeCache.GenerationCharacters);
    }

    [Fact]
    public void AWordInUseStaysWhileOthersComeAndGo()
    {
        var cache = new ShapeCache(Shape);
        cache.Get("Revenues", false);
        var revenues = cache.Get("Revenues", false);

        for (var i = 0; i < 100_000; i++)
        {
            var figure = "figure" + i.ToString(CultureInfo.InvariantCulture);
            cache.Get(figure, false);
            cache.Get(figure, false);
            if (i % 1000 == 0)
                Assert.Same(revenues, cache.Get("Revenues", false));
        }
        Assert.NotSame(revenues, cache.Get("Revenues", true));
    }

    [Fact]
    public void ATextIsKeptFromItsSecondShapingOn()
    {
        var cache = new ShapeCache(Shape);

        var first = cache.Get("51,109", true);
        Assert.Equal(0, cache.Entries);
        var second = cache.Get("51,109", true);
        Assert.Equal(1, cache.Entries);
        Assert.NotSame(first, second);
        Assert.Same(second, cache.Get("51,109", true));
        Assert.Equal(2, _shaped);

        // The other figure style of the same text is a shape of its own, kept on its own second shaping.
        cache.Get("51,109", false);
        Assert.Equal(1, cache.Entries);
        Assert.Same(cache.Get("51,109", false), cache.Get("51,109", false));
        Assert.Equal(2, cache.Entries);
    }

    [Fact]
    public void AStretchOfALongerTextIsLookedUpWithoutCopyingIt()
    {
        var cache = new ShapeCache(Shape);
        const string paragraph = "Total Revenues increased";

        cache.Get("Revenues", false);
        var kept = cache.Get("Revenues", false);

        Assert.Same(kept, cache.Get(paragraph, 6, 8, false));
        Assert.Equal(2, _shaped);
    }

    [Fact]
    public void TextLongerThanTheLimitIsShapedEachTime()
    {
        var cache = new ShapeCache(Shape);
        var slice = new string('x', ShapeCache.LongestCachedText + 1);

        cache.Get(slice, false);
        cache.Get(slice, false);

        Assert.Equal(2, _shaped);
        Assert.Equal(0, cache.Characters);
    }
}
