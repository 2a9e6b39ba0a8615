using System.Diagnostics;
using System.Globalization;

namespace IIJReportGen.Benchmarks;

/// <summary>
/// Cold runs of whole programs, interleaved (one of each per round, so a change in the machine's load falls on all of
/// them alike): the native executable's build, the JIT build's, and headless Chromium and wkhtmltopdf (when installed)
/// printing the press release's XHTML. Each is timed from start to exit; its CPU time (user + system, all its threads and
/// children: what a loaded shared machine inflates far less than wall time) and peak resident memory are what /usr/bin/time
/// reports (for Chromium, which runs several processes, the memory of its largest process).
/// </summary>
internal static class ColdStart
{
    public static void Run(string native, string jit, int rounds)
    {
        var root = RepositoryRoot();
        var scratch = Directory.CreateTempSubdirectory("iijreport-cold-").FullName;
        var xhtml = Path.Combine(root, "output", "iij", "fy2013-1h", "press-release.xhtml");
        var programs = new List<Contender>
        {
            new("iijreport build, native", native, ["build", "--quiet", "--out", Path.Combine(scratch, "native")]),
            new("iijreport build, JIT   ", "dotnet", [jit, "build", "--quiet", "--out", Path.Combine(scratch, "jit")]),
        };
        if (Installed("chromium") is { } chromium)
            programs.Add(new("chromium, press-release.xhtml only", chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(scratch, "chromium-profile"),
                "--no-pdf-header-footer", "--print-to-pdf=" + Path.Combine(scratch, "chromium.pdf"), new Uri(xhtml).AbsoluteUri,
            ]));
        if (Installed("wkhtmltopdf") is { } wkhtmltopdf)
            programs.Add(new("wkhtmltopdf, press-release.xhtml only", wkhtmltopdf, ["--quiet", "--enable-local-file-access", "--load-error-handling", "ignore", xhtml, Path.Combine(scratch, "wkhtmltopdf.pdf")]));

        Console.WriteLine($"Cold runs, {rounds} interleaved rounds after one unrecorded (load average before: {LoadAverage()})");
        Console.WriteLine("  built by iijreport: the three documents' PDFs, XHTML (+ CSS) and text renditions, the XBRL taxonomy and instance, the TDnet package, manifest.json");
        var samples = programs.ToDictionary(p => p, _ => new List<(double Seconds, double Cpu, double Megabytes)>());
        for (var round = 0; round <= rounds; round++)
            foreach (var program in programs)
            {
                var sample = program.Measure(root, scratch);
                if (round > 0)
                    samples[program].Add(sample);
            }
        foreach (var (program, runs) in samples)
        {
            var seconds = runs.Select(r => r.Seconds).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {program.Name,-38} median {Median(seconds),6:0.000} s  (min {seconds[0]:0.000}, max {seconds[^1]:0.000})  CPU median {Median(runs.Select(r => r.Cpu).Order().ToList()),6:0.000} s  peak RSS median {Median(runs.Select(r => r.Megabytes).Order().ToList()),6:0.0} MB"));
        }
        Console.WriteLine($"  load average after: {LoadAverage()}");
        Directory.Delete(scratch, recursive: true);
    }

    private sealed record Contender(string Name, string File, string[] Arguments)
    {
        public (double Seconds, double Cpu, double Megabytes) Measure(string root, string scratch)
        {
            var report = Path.Combine(scratch, "time.txt");
            var start = new ProcessStartInfo("/usr/bin/time", ["-f", "%U %S %M", "-o", report, File, .. Arguments])
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            watch.Stop();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode}: {output.Result}{error.Result}");
            var (user, system, kilobytes) = System.IO.File.ReadAllLines(report)[^1].Split(' ').Select(f => double.Parse(f, CultureInfo.InvariantCulture)).ToArray() switch
            {
                [var u, var s, var k] => (u, s, k),
                var other => throw new InvalidOperationException($"/usr/bin/time reported {other.Length} figures, not 3."),
            };
            return (watch.Elapsed.TotalSeconds, user + system, kilobytes / 1024);
        }
    }

    private static double Median(IReadOnlyList<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    internal static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + " (1, 5, 15 min)";

    private static string? Installed(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "IIJReportGen.sln")))
                return folder.FullName;
        throw new InvalidOperationException("The benchmark runs from inside the repository (IIJReportGen.sln not found above it).");
    }
}
