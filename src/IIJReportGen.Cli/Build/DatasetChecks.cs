using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
using IIJReportGen.Validation;

namespace IIJReportGen.Cli.Build;

/// <summary>A dataset after every check validate and build run: the loader's, validation's and the XBRL mapping's.</summary>
/// <param name="Dataset">The model, or null when it did not load.</param>
/// <param name="Bytes">The file's bytes as loaded (what the manifest hashes).</param>
/// <param name="Diagnostics">Every finding.</param>
/// <param name="ChecksRun">How many comparisons each validation check made.</param>
public sealed record CheckedDataset(ReportDataset? Dataset, byte[]? Bytes, DiagnosticBag Diagnostics, IReadOnlyDictionary<string, int> ChecksRun);

/// <summary>Loads a dataset and runs every check on it, the same for `validate` and `build`.</summary>
public static class DatasetChecks
{
    public static CheckedDataset Run(string path)
    {
        var load = DatasetLoader.Load(path);
        if (load.Dataset is null)
            return new CheckedDataset(null, load.Bytes, load.Diagnostics, new Dictionary<string, int>());
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(load.Diagnostics);
        var validation = DatasetValidator.Validate(load.Dataset);
        diagnostics.AddRange(validation.Diagnostics);
        if (XbrlMappingCheck.Run(load.Dataset) is { } mapping)
            diagnostics.Add(mapping);
        return new CheckedDataset(load.Dataset, load.Bytes, diagnostics, validation.ChecksRun);
    }
}
