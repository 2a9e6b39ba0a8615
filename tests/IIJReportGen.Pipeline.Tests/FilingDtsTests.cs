using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Dataset.Tests;
using IIJReportGen.Pipeline.Tests.Filing;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>Builds the bundled dataset once for <see cref="FilingDtsTests"/>.</summary>
public sealed class BuiltFiling : IDisposable
{
    public BuiltFiling()
    {
        var result = ReportBuild.Run(new BuildRequest(RepositoryPaths.BundledDataset, Folder, Path.Combine(RepositoryPaths.Root, "templates"), RepositoryPaths.Root));
        if (!result.Succeeded)
            throw new InvalidOperationException("build failed:\n" + string.Join("\n", result.Diagnostics));
        Outputs = result.Outputs;
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("iijreport-filing-").FullName;

    public IReadOnlyList<string> Outputs { get; }

    /// <summary>The XBRL instance and every Inline XBRL document the build wrote (full paths).</summary>
    public IEnumerable<string> XbrlDocuments => Outputs.Where(o => o.EndsWith(".xbrl", StringComparison.Ordinal)
        || (o.EndsWith(".xhtml", StringComparison.Ordinal) || o.EndsWith(".htm", StringComparison.Ordinal)) && File.ReadAllText(Path.Combine(Folder, o)).Contains("<ix:header", StringComparison.Ordinal))
        .Select(o => Path.Combine(Folder, o));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>Each XBRL document is read with its own DTS, as a processor reads it: what that DTS holds, and calculation consistency.</summary>
public sealed class FilingDtsTests(BuiltFiling built) : IClassFixture<BuiltFiling>
{
    [Fact]
    public void TheInstanceAndTheInlineSummaryStartFromTheirOwnEntryPoints()
    {
        var documents = built.XbrlDocuments.ToList();
        var instance = Assert.Single(documents, d => d.EndsWith(".xbrl", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.EndsWith("tse-summary.xhtml", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.EndsWith("tanshin.xhtml", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Contains("XBRLData", StringComparison.Ordinal) && d.EndsWith("-ixbrl.htm", StringComparison.Ordinal));
        Assert.NotEmpty(Dts.Of(instance).Calculations());
        // A summary reports some parts of each total only; with the statements' calculations in its DTS it would be inconsistent.
        foreach (var inline in documents.Where(d => d != instance))
            Assert.Empty(Dts.Of(inline).Calculations());
    }

    [Fact]
    public void TheTdnetPackageHoldsTheSummaryFilingUnderTdnetsNames()
    {
        var package = built.Outputs.Where(o => o.StartsWith("XBRLData/Summary/", StringComparison.Ordinal)).Select(Path.GetFileName).Order().ToList();
        var core = Path.GetFileName(built.Outputs.Single(o => o.StartsWith("xbrl/", StringComparison.Ordinal) && o.EndsWith("-core.xsd", StringComparison.Ordinal)));
        var labels = Path.GetFileName(built.Outputs.Single(o => o.StartsWith("xbrl/", StringComparison.Ordinal) && o.EndsWith("_lab.xml", StringComparison.Ordinal)));
        var stem = package.Single(f => f!.StartsWith("tse-", StringComparison.Ordinal) && f.EndsWith(".xsd", StringComparison.Ordinal))![..^4];
        Assert.Matches("^tse-qcedussm-[0-9]{5}-[0-9]{14}$", stem);
        // TDnet's files, and the package's own copies of the core, the labels and the filing's stylesheet: it stands alone.
        Assert.Equal(new[] { core, labels, "tanshin.css", stem + "-def.xml", stem + "-ixbrl.htm", stem + "-pre.xml", stem + ".xsd" }.Order(StringComparer.Ordinal), package.Order(StringComparer.Ordinal));
        foreach (var copy in new[] { core, labels })
            Assert.Equal(File.ReadAllBytes(Path.Combine(built.Folder, "xbrl", copy!)), File.ReadAllBytes(Path.Combine(built.Folder, "XBRLData", "Summary", copy!)));
        // As on TDnet, the package holds the Japanese summary; the English one stays beside its PDF.
        var filing = System.Xml.Linq.XDocument.Load(Path.Combine(built.Folder, "XBRLData", "Summary", stem + "-ixbrl.htm")).Root!;
        Assert.Equal("ja", (string?)filing.Attribute(System.Xml.Linq.XNamespace.Xml + "lang"));
        // The summary's DTS: its own entry point and linkbases and the package's core and labels, nothing outside the package.
        var dts = Dts.Of(Path.Combine(built.Folder, "XBRLData", "Summary", stem + "-ixbrl.htm")).Files.Select(f => Path.GetRelativePath(built.Folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { core, labels, stem + "-def.xml", stem + "-pre.xml", stem + ".xsd" }.Select(f => "XBRLData/Summary/" + f).Order(StringComparer.Ordinal), dts);
    }

    [Fact]
    public void EveryDocumentIsCalculationConsistentAgainstItsOwnDts()
    {
        var bound = 0;
        foreach (var document in built.XbrlDocuments)
        {
            var facts = ReportedFacts.Of(document);
            var byKey = facts.GroupBy(f => (f.Name, f.Context, f.Unit)).ToDictionary(g => g.Key, g => g.First());
            foreach (var summation in Dts.Of(document).Calculations().GroupBy(a => (a.Role, a.Parent)))
                foreach (var total in facts.Where(f => f.Name == summation.Key.Parent))
                {
                    // XBRL 2.1 §5.2.5.2: the parts present, each rounded to its decimals and weighted, sum to the total at its decimals.
                    var parts = summation.Select(a => (a.Weight, Fact: byKey.GetValueOrDefault((a.Child, total.Context, total.Unit)))).Where(p => p.Fact is not null).ToList();
                    if (parts.Count == 0)
                        continue;
                    var sum = parts.Sum(p => p.Weight * p.Fact!.Rounded);
                    Assert.True(Rounding.Round(sum, total.Decimals, RoundingMode.HalfUp) == total.Rounded,
                        $"{Path.GetFileName(document)}: {summation.Key.Role} {total.Name.LocalName} in {total.Context} is {total.Value}; its parts sum to {sum}");
                    bound++;
                }
        }
        Assert.True(bound > 0, "no calculation bound any fact");
    }
}
