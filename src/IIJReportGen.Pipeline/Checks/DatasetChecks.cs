using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Diagnostics;
using IIJReportGen.Validation;
using IIJReportGen.Xbrl;

namespace IIJReportGen.Pipeline;

/// <summary>A dataset after every check validate and build run: the loader's, validation's and the XBRL mapping's.</summary>
/// <param name="Model">The build's one model of the dataset, or null when the dataset did not load.</param>
/// <param name="Vocabulary">The XBRL names made from <paramref name="Model"/>, or null when the dataset does not map onto XBRL.</param>
/// <param name="Bytes">The file's bytes as loaded (what the manifest hashes).</param>
/// <param name="Diagnostics">Every finding.</param>
/// <param name="ChecksRun">How many comparisons each validation check made.</param>
public sealed record CheckedDataset(ReportModel? Model, XbrlVocabulary? Vocabulary, byte[]? Bytes, DiagnosticBag Diagnostics, IReadOnlyDictionary<string, int> ChecksRun);

/// <summary>A dataset as loaded, before its checks: the loader's findings and the build's one model (null when it did not load).</summary>
public sealed record LoadedDataset(LoadResult Load, ReportModel? Model);

/// <summary>Loads a dataset and runs every check on it, the same for `validate` and `build`; the model is made here, once.</summary>
public static class DatasetChecks
{
    public static CheckedDataset Run(string path) => Check(Load(path));

    /// <summary>The dataset loaded and its model made: what the build needs to start rendering while the checks run.</summary>
    public static LoadedDataset Load(string path)
    {
        var load = BuildTrace.Stage("dataset load", () => DatasetLoader.Load(path));
        return new LoadedDataset(load, load.Dataset is { } dataset ? BuildTrace.Stage("model", () => new ReportModel(dataset)) : null);
    }

    public static CheckedDataset Check(LoadedDataset loaded)
    {
        var (load, model) = loaded;
        if (model is null)
            return new CheckedDataset(null, null, load.Bytes, load.Diagnostics, new Dictionary<string, int>());
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(load.Diagnostics);
        var validation = BuildTrace.Stage("validation", () => DatasetValidator.Validate(model));
        diagnostics.AddRange(validation.Diagnostics);
        var vocabulary = BuildTrace.Stage("XBRL mapping", () => XbrlMappingCheck.Run(model, diagnostics));
        return new CheckedDataset(model, vocabulary, load.Bytes, diagnostics, validation.ChecksRun);
    }
}
