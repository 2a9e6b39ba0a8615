using CsCheck;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Diagnostics;
using IIJReportGen.Validation;

namespace IIJReportGen.Pipeline.Tests.Properties;

/// <summary>Random consistent datasets validate without errors; a one-unit change to one part is exactly one calculation finding.</summary>
public sealed class RandomDatasetTests
{
    [Fact]
    public void ConsistentDatasetsValidateWithoutErrors() => RandomDataset.Gen.Sample(dataset =>
    {
        var load = DatasetLoader.Parse(dataset.Json(), "random.json");
        Assert.False(load.Diagnostics.HasErrors, string.Join("\n", load.Diagnostics));
        var report = DatasetValidator.Validate(load.Dataset!);
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
    }, iter: 200);

    [Fact]
    public void AOneUnitChangeToAPartIsExactlyOneCalculationFinding() =>
        Gen.Select(RandomDataset.Gen, Gen.Int[0, 5], Gen.Int[0, 1], Gen.OneOf(-1L, 1L)).Sample((dataset, part, period, change) =>
        {
            part %= dataset.Parts.Length;
            var load = DatasetLoader.Parse(dataset.Json(part, period, change), "random.json");
            Assert.False(load.Diagnostics.HasErrors, string.Join("\n", load.Diagnostics));
            var error = Assert.Single(DatasetValidator.Validate(load.Dataset!).Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal(ValidationCodes.CalculationInconsistent, error.Code);
            Assert.Contains($"{RandomDataset.Periods[period]}: 'Total'", error.Message, StringComparison.Ordinal);
            Assert.Matches(@"\(difference -?1\)", error.Message);
        }, iter: 200);
}
