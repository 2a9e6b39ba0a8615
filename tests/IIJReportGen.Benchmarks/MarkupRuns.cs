using System.Diagnostics;
using System.Globalization;
using IIJReportGen.Diagnostics;
using IIJReportGen.Markup;

namespace IIJReportGen.Benchmarks;

/// <summary>
/// The Markup stage alone, in this process: the three committed renditions (output/iij/fy2013-1h/*.xhtml with their
/// stylesheets) turned into layout documents, as a build does (MarkupDocument.Parse, in memory). The first round is the
/// process's first (CSS library start-up, and the JIT's under `dotnet`); then ROUNDS warm rounds, each document's CPU time
/// (all threads, GC included) and bytes allocated, medians. What a batch of datasets pays per document is the warm figure.
/// </summary>
internal static class MarkupRuns
{
    private static readonly string[] Names = ["press-release", "tse-summary", "tanshin"];

    public static void Run(int rounds, bool sampleAllocations)
    {
        var folder = Path.Combine(ColdStart.RepositoryRoot(), "output", "iij", "fy2013-1h");
        var documents = Names.Select(name => (Name: name, Xhtml: File.ReadAllText(Path.Combine(folder, name + ".xhtml")),
            Css: File.ReadAllText(Path.Combine(folder, name + ".css")))).ToList();
        Console.WriteLine($"Markup stage, the three committed renditions, {rounds} warm rounds (load average before: {ColdStart.LoadAverage()})");
        var samples = documents.ToDictionary(d => d.Name, _ => new List<(double Cpu, double Kilobytes)>());
        var sampler = sampleAllocations ? new AllocationSampler() : null;
        for (var round = 0; round <= rounds; round++)
        {
            if (round == 1)
                sampler?.Start();
            foreach (var (name, xhtml, css) in documents)
            {
                var (cpu, kilobytes) = Measure(() => Parse(name, xhtml, css));
                if (round == 0)
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  first  {name,-14} CPU {cpu,8:0.00} ms  allocated {kilobytes,8:0} KB"));
                else
                    samples[name].Add((cpu, kilobytes));
            }
        }
        foreach (var (name, runs) in samples.Where(s => s.Value.Count > 0))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  warm   {name,-14} CPU {Median(runs.Select(r => r.Cpu)),8:0.00} ms  allocated {Median(runs.Select(r => r.Kilobytes)),8:0} KB  (median of {runs.Count})"));
        if (sampler is not null)
        {
            Console.WriteLine("  allocated in the warm rounds, by type (sampled):");
            sampler.Report(20);
        }
        Console.WriteLine($"  load average after: {ColdStart.LoadAverage()}");
    }

    private static void Parse(string name, string xhtml, string css)
    {
        var result = MarkupDocument.Parse(xhtml, SourceMap.Identity(xhtml, $"output/iij/fy2013-1h/{name}.xhtml"), css, $"templates/{name}/style.css");
        if (result.Document is null)
            throw new InvalidOperationException($"{name}: " + string.Join("; ", result.Diagnostics));
    }

    private static (double CpuMilliseconds, double Kilobytes) Measure(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var (cpu, allocated) = (process.TotalProcessorTime, GC.GetTotalAllocatedBytes(true));
        action();
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalMilliseconds, (GC.GetTotalAllocatedBytes(true) - allocated) / 1024.0);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
