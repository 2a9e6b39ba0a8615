using IIJReportGen.Diagnostics;

namespace IIJReportGen.Pipeline;

/// <summary>One dataset of a batch build and the folder it is published to.</summary>
public sealed record BatchTarget(string Dataset, string OutputDirectory);

/// <summary>What one dataset of a batch build came to: its findings and the outputs it published, not its documents (laid-out
/// pages) or XBRL names, which the datasets built before the last would otherwise hold in memory until the whole batch ends.</summary>
public sealed record BatchOutcome(BatchTarget Target, BuildResult Result);

/// <summary>
/// Several datasets built in one run, in parallel across the cores: each is a whole <see cref="ReportBuild"/> of its own
/// (validated, published all or nothing), so one that fails stops no other. Each goes to
/// <c>&lt;root&gt;/&lt;the dataset's folder name&gt;/&lt;its file stem&gt;</c> (data/iij/fy2013-1h.json → root/iij/fy2013-1h).
/// </summary>
public static class DatasetBatch
{
    /// <summary>The datasets named (files; a folder stands for its *.json files, in name order) and each one's folder under
    /// <paramref name="root"/>; null, with <paramref name="problem"/> saying why, when a folder holds no dataset or two
    /// datasets would be published to one folder.</summary>
    public static IReadOnlyList<BatchTarget>? Plan(IReadOnlyList<string> datasets, string root, out string? problem)
    {
        problem = null;
        var targets = new List<BatchTarget>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var named in datasets)
        {
            var files = Directory.Exists(named)
                ? Directory.GetFiles(named, "*.json").Order(StringComparer.Ordinal).ToList()
                : [named];
            if (files.Count == 0)
            {
                problem = $"The folder '{named}' holds no dataset (*.json).";
                return null;
            }
            foreach (var file in files)
            {
                var target = new BatchTarget(file, Folder(file, root));
                var key = Path.GetFullPath(target.OutputDirectory);
                if (owners.TryGetValue(key, out var other))
                {
                    problem = $"'{other}' and '{file}' would both be published to '{target.OutputDirectory}' "
                        + "(<root>/<dataset's folder name>/<file stem>); rename one, or build them with different --out roots.";
                    return null;
                }
                owners[key] = file;
                targets.Add(target);
            }
        }
        return targets;
    }

    /// <summary>Builds every target, as many at once as there are cores; the outcomes in the targets' order.</summary>
    public static IReadOnlyList<BatchOutcome> Run(IReadOnlyList<BatchTarget> targets, string templatesRoot, float? pngDpi = null, bool draft = false)
    {
        var outcomes = new BatchOutcome[targets.Count];
        var cores = Environment.ProcessorCount;
        // With a dataset for every core, each builds its documents one after another (more threads would only take turns).
        var threads = targets.Count >= cores ? 1 : cores;
        Parallel.For(0, targets.Count, new ParallelOptions { MaxDegreeOfParallelism = cores }, i =>
        {
            var target = targets[i];
            var request = new BuildRequest(target.Dataset, target.OutputDirectory, templatesRoot, PngDpi: pngDpi, Draft: draft) { Threads = threads };
            outcomes[i] = new BatchOutcome(target, Build(request) with { Documents = [], Vocabulary = null });
        });
        return outcomes;
    }

    /// <summary>One dataset's build; a fault of the machine that escapes it is that dataset's finding, so the others go on.
    /// (A bug still throws: Parallel.For lets the builds under way finish, then the command reports it.)</summary>
    private static BuildResult Build(BuildRequest request)
    {
        try
        {
            return ReportBuild.Run(request);
        }
        catch (Exception e) when (MachineFault.Finding(e, $"Building '{request.Dataset}'", new SourceLocation(request.Dataset)) is { } fault)
        {
            var findings = new DiagnosticBag();
            findings.Add(fault);
            return new BuildResult(findings, [], [], []);
        }
    }

    private static string Folder(string dataset, string root)
    {
        var full = Path.GetFullPath(dataset);
        var folderName = Path.GetFileName(Path.GetDirectoryName(full)) ?? "";
        return Path.Combine(root, folderName, Path.GetFileNameWithoutExtension(full));
    }
}
