using System.Globalization;
using IIJReportGen.Pipeline.Tests.Fidelity;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>Builds the PDFs once for <see cref="FidelityTests"/> and measures the English ones against the seed.</summary>
public sealed class BuiltDocuments : IDisposable
{
    // The seed is the English release: the Japanese Tanshin would "reproduce" stray digits of its dates; TanshinPdfTests
    // checks it against the English summary instead.
    private static readonly string[] EnglishDocuments = ["press-release", "tse-summary"];

    private readonly string _output = Directory.CreateTempSubdirectory("iijreport-fidelity-").FullName;

    public BuiltDocuments()
    {
        var result = ReportBuild.Run(new BuildRequest(RepositoryPaths.BundledDataset, _output, Path.Combine(RepositoryPaths.Root, "templates"), RepositoryPaths.Root));
        if (!result.Succeeded)
            throw new InvalidOperationException("build failed:\n" + string.Join("\n", result.Diagnostics));
        Texts = EnglishDocuments.Select(d => PdfLines.Joined(PdfLines.Read(Path.Combine(_output, d + ".pdf")))).ToList();
        Seed = File.ReadAllText(RepositoryPaths.ReferenceRelease);
        Measured = Fidelity.Fidelity.Measure(Seed, Texts);
    }

    internal string Seed { get; }

    internal IReadOnlyList<string> Texts { get; }

    internal Fidelity.Fidelity Measured { get; }

    public void Dispose() => Directory.Delete(_output, recursive: true);
}

/// <summary>The built PDFs reproduce the seed's figures and sentences; every one they do not is reviewed, with its reason.</summary>
public sealed class FidelityTests(BuiltDocuments built) : IClassFixture<BuiltDocuments>
{
    // Measured: figures 1176/1226 (95.9%), sentences 127/142 (89.4%); every miss is listed in Fidelity/unreproduced-*.tsv.
    private const double FigureFloor = 0.95;
    private const double SentenceFloor = 0.88;

    private Fidelity.Fidelity Measured => built.Measured;

    [Fact]
    public void Figures_of_the_seed_are_reproduced_above_the_floor()
    {
        var share = (double)Measured.FiguresReproduced / Measured.FiguresTotal;
        Assert.True(share >= FigureFloor, $"figures: {Measured.FiguresReproduced}/{Measured.FiguresTotal} = {share.ToString("P2", CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public void Sentences_of_the_seed_are_reproduced_above_the_floor()
    {
        var share = (double)Measured.SentencesReproduced / Measured.SentencesTotal;
        Assert.True(share >= SentenceFloor, $"sentences: {Measured.SentencesReproduced}/{Measured.SentencesTotal} = {share.ToString("P2", CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public void Unreproduced_figures_are_the_reviewed_list()
    {
        var reviewed = ReviewedList.Read("unreproduced-figures.tsv");
        Assert.True(Matches(Measured.MissingFigures, reviewed), "unreproduced figures changed; measured now:\n" + ReviewedList.Draft(Measured.MissingFigures, reviewed));
    }

    [Fact]
    public void Unreproduced_sentences_are_the_reviewed_list()
    {
        var reviewed = ReviewedList.Read("unreproduced-sentences.tsv");
        Assert.True(Matches(Measured.MissingSentences, reviewed), "unreproduced sentences changed; measured now:\n" + ReviewedList.Draft(Measured.MissingSentences, reviewed));
    }

    [Theory]
    [InlineData("unreproduced-figures.tsv")]
    [InlineData("unreproduced-sentences.tsv")]
    public void Every_unreproduced_item_has_a_reason_and_every_erratum_is_a_reviewed_one(string list)
    {
        var errata = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "IIJReportGen.Dataset.Tests", "Samples", "seed-errata.tsv"))
            .Where(l => !l.StartsWith('#') && l.Length > 0).Select(l => l.Split('\t'))
            .ToLookup(f => $"{f[0]} {f[1]} {f[2]}", f => decimal.Parse(f[3], CultureInfo.InvariantCulture));
        foreach (var item in ReviewedList.Read(list))
        {
            var at = $"{list}:{item.Line}";
            Assert.True(ReviewedList.Kinds.Contains(item.Kind), $"{at}: kind '{item.Kind}' is not one of {string.Join(", ", ReviewedList.Kinds)}");
            Assert.True(item.Reason.Length >= 20, $"{at}: give the reason");
            if (item.Kind != "erratum")
                continue;
            var key = item.Reason.Split(':')[0];
            Assert.True(errata.Contains(key), $"{at}: '{key}' is not an entry of seed-errata.tsv");
            if (list.Contains("figures", StringComparison.Ordinal))
                Assert.Contains(item.Item, errata[key].Select(p => Math.Abs(p).ToString("#,##0.##########", CultureInfo.InvariantCulture)));
        }
    }

    [Theory]
    [InlineData("Operating Income\t3,263\t3,009\t(7.8)", "3,263 3,009 7.8")]
    [InlineData("Total Contracted Bandwidth\t1,003.3Gbps\t1,454.8Gbps\t451.5Gbps", "1,003.3 1,454.8 451.5")]
    [InlineData("Revenues JPY54,397 million (\\$553 million, up 6.4% YoY) per share 51.66", "54,397 553 6.4 51.66")]
    [InlineData("Tokyo, November 8, 2013 - (\"1H FY2013,\" \"1H13\") as of Sep. 30, 2012 since 1992 2Q-end FY2012 2nd", "")]
    [InlineData("Tel: +81-3-5259-6500 TEL: (03) 5259-6500 TSE:3774", "3774")]
    [InlineData("- 8 - IIJ 1H FY2013", "")]
    public void Figures_are_numbers_without_signs_dates_years_periods_or_page_furniture(string text, string figures)
    {
        var expected = figures.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        Assert.Equal(expected, SeedText.Figures(text).SelectMany(f => Enumerable.Repeat(f.Key, f.Value)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sentences_are_cut_at_their_ends_but_not_after_abbreviations_and_tables_are_not_prose()
    {
        var seed = "- 1H13 revenues increased by 6.4% YoY due to growth.\nNet income of Internet Revolution, Inc. and Internet Multifeed Co. rose. It did so \"twice.\" Then more words here.\n" +
                   "Total Revenues\t51,109\t54,397\t6.4\nRevenues\n<u>Cost of SI revenues</u> was up, as *Abenomics* said.";
        Assert.Equal(
            ["1H13 revenues increased by 6.4% YoY due to growth.", "Net income of Internet Revolution, Inc. and Internet Multifeed Co. rose.", "It did so \"twice.\"", "Then more words here.", "Cost of SI revenues was up, as Abenomics said."],
            SeedText.Sentences(seed));
    }

    private static bool Matches(IReadOnlyDictionary<string, int> measured, List<ReviewedItem> reviewed) =>
        reviewed.Select(r => (r.Item, r.Missing)).Order().SequenceEqual(measured.Select(m => (m.Key, m.Value)).Order());
}
