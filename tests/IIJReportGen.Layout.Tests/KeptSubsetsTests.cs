using IIJReportGen.Pdf;

namespace IIJReportGen.Layout.Tests;

/// <summary>A face keeps a subset from the second time documents ask for exactly its characters, a few at most; the PDF's bytes never depend on it.</summary>
public class KeptSubsetsTests
{
    private static readonly byte[] LiberationSans = File.ReadAllBytes(Path.Combine(FontLibrary.DefaultBundledFolder, "LiberationSans-Regular.ttf"));

    [Fact]
    public void ASubsetIsKeptFromTheSecondTimeItsCharactersAreAskedFor()
    {
        var (kept, made) = (new KeptSubsets(), 0);
        SubsetFont Make(IReadOnlyCollection<int> set) => Subset(set, () => made++);
        List<int> figures = [.. "0123456789,".Select(c => (int)c).Order()];

        var first = kept.Get(figures, Make);
        var second = kept.Get([.. figures], Make);
        var third = kept.Get([.. figures], Make);

        Assert.Equal(2, made);
        Assert.NotSame(first, second);
        Assert.Same(second, third);
        Assert.Equal(first.Tag, third.Tag);
        Assert.Equal(first.Bytes, third.Bytes);
    }

    [Fact]
    public void AFaceKeepsAtMostItsCapacityTheOldestGoingFirst()
    {
        var (kept, made) = (new KeptSubsets(), 0);
        SubsetFont Make(IReadOnlyCollection<int> set) => Subset(set, () => made++);
        var sets = Enumerable.Range(0, KeptSubsets.Capacity + 1).Select(i => new List<int> { 'A' + i, '0' }).ToArray();
        foreach (var set in sets)
        {
            kept.Get(set, Make);
            kept.Get(set, Make);
        }
        made = 0;

        kept.Get(sets[^1], Make);
        Assert.Equal(0, made);
        kept.Get(sets[0], Make);
        Assert.Equal(1, made);
    }

    [Fact]
    public void TwoDocumentsMakingTheSameSubsetAtOnceKeepItOnce()
    {
        // Another thread asks for the same characters while this one makes their subset (here: asked from inside the
        // making): both make it, and it is kept once, so the face's other kept subset stays.
        var (kept, made) = (new KeptSubsets(), 0);
        SubsetFont Make(IReadOnlyCollection<int> set) => Subset(set, () => made++);
        List<int> labels = ['A', 'B', '0'];
        List<int> figures = ['0', '1', '2'];
        kept.Get(labels, Make);
        kept.Get(labels, Make);
        kept.Get(figures, Make);
        kept.Get(figures, set =>
        {
            kept.Get(figures, Make);
            return Make(set);
        });
        made = 0;

        kept.Get(labels, Make);
        kept.Get(figures, Make);
        Assert.Equal(0, made);
    }

    private static SubsetFont Subset(IReadOnlyCollection<int> set, Action counted)
    {
        counted();
        return new SubsetFont(FontSubsetter.Subset(LiberationSans, 0, set), set);
    }

    [Fact]
    public void DocumentsWithOtherCharactersFromOneFaceGiveTheSameBytesInParallelAsOneByOne()
    {
        // Every document's subsets come from one HarfBuzz face per loaded face, and some from the kept subsets: rendering
        // them on several threads at once, kept or not, must give each document's bytes.
        string[] texts = ["Revenues 54,397", "Operating income 2,013", "Net income 1,234 (up 6.4%)", "Revenues 54,397"];
        byte[] Render(string text) => Samples.Pdf(new Document().Page(page => page.Content().Text(text, Samples.Body)));
        var expected = texts.Select(Render).ToArray();
        Assert.Equal(expected[0], Render(texts[0])); // now kept: the same bytes

        var rendered = new byte[texts.Length * 6][];
        Parallel.For(0, rendered.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => rendered[i] = Render(texts[i % texts.Length]));

        for (var i = 0; i < rendered.Length; i++)
            Assert.Equal(expected[i % texts.Length], rendered[i]);
    }
}
