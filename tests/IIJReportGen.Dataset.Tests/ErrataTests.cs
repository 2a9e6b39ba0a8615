using System.Globalization;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Validation;

namespace IIJReportGen.Dataset.Tests;

/// <summary>Validating the bundled dataset: no errors, and exactly the reviewed list of seed errata as warnings.</summary>
public class ErrataTests
{
    private static readonly ReportDataset Dataset = DatasetLoader.Load(RepositoryPaths.BundledDataset).Dataset
        ?? throw new InvalidOperationException("the bundled dataset does not load");

    [Fact]
    public void BundledDatasetHasNoErrors()
    {
        var report = DatasetValidator.Validate(Dataset);
        Assert.Equal(0, report.Diagnostics.ErrorCount);
        Assert.True(report.ChecksRun["calculations"] > 100, "the statements' totals are checked");
        Assert.True(report.ChecksRun["tie-outs"] > 10, "the tie-outs apply");
    }

    [Fact]
    public void EveryPublishedFigureThatDisagreesIsListed()
    {
        var presentation = Presentation.For(new ReportModel(Dataset), document: null);
        var found = Dataset.AsPublished
            .Select(p => (p, Derived: presentation.Show(p.Of, p.Period, p.As, p.Vs)?.Value))
            .Where(x => x.Derived != x.p.Value)
            .Select(x => string.Join('\t', x.p.Of, x.p.Period, x.p.As.Name, Invariant(x.p.Value), x.Derived is { } d ? Invariant(d) : "none"))
            .ToList();
        var expected = File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "IIJReportGen.Dataset.Tests", "Samples", "seed-errata.tsv"))
            .Where(line => !line.StartsWith('#'))
            .Select(line => string.Join('\t', line.Split('\t').Take(5)))
            .ToList();
        Assert.Equal(expected, found);
        Assert.Contains("EquipmentSalesRevenue\t1H12\tmillions\t641\t642", found);
        Assert.Contains("CostOfEquipmentSales\t2Q12\tmillions\t277\t278", found);
    }

    [Fact]
    public void ValidatorWarnsOncePerErratum()
    {
        var warnings = DatasetValidator.Validate(Dataset).Diagnostics.Where(d => d.Code == ValidationCodes.PublishedDiffers).ToList();
        var listed = File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "IIJReportGen.Dataset.Tests", "Samples", "seed-errata.tsv")).Count(l => !l.StartsWith('#'));
        Assert.Equal(listed, warnings.Count);
        Assert.Contains(warnings, w => w.Message.StartsWith("Equipment sales revenues (EquipmentSalesRevenue) 1H12: published 641 but the dataset gives 642", StringComparison.Ordinal));
    }

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
