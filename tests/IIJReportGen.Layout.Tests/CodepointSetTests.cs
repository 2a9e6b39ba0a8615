namespace IIJReportGen.Layout.Tests;

/// <summary>The code points a face shows, gathered in blocks made on first use: every one once, in order, across blocks and planes.</summary>
public class CodepointSetTests
{
    [Fact]
    public void EveryCodePointOnceInAscendingOrderAcrossBlocksAndPlanes()
    {
        var set = new CodepointSet();
        // Block edges (4095/4096), the last code point of the BMP, a surrogate pair (U+20BB7 𠮷), CJK and repeats.
        set.AddAll("zA\u0FFF\u1000\u3042\uFFFF");
        set.AddAll("\U00020BB7\u5E73\u6210A\u3042\U0010FFFF");

        Assert.Equal([0x41, 0x7A, 0xFFF, 0x1000, 0x3042, 0x5E73, 0x6210, 0xFFFF, 0x20BB7, 0x10FFFF], set.ToSorted());
    }

    [Fact]
    public void AsciiBelowAndAbove64SharesTheFirstBlockWithOtherCodePoints()
    {
        var set = new CodepointSet();
        // Figures and punctuation (below 64), letters (64-127), DEL, U+0080 and é (U+00E9) are bits of the first block's first four words.
        set.AddAll("é1,0 ?");
        set.AddAll("@~\u007F\u0080a");

        Assert.Equal([0x20, 0x2C, 0x30, 0x31, 0x3F, 0x40, 0x61, 0x7E, 0x7F, 0x80, 0xE9], set.ToSorted());
    }

    [Fact]
    public void ALoneSurrogateIsTheCodePointOfItsUnit()
    {
        var set = new CodepointSet();
        set.AddAll("\uD842x\uDFB7");

        Assert.Equal([0x78, 0xD842, 0xDFB7], set.ToSorted());
    }
}
