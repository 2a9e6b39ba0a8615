using System.Globalization;
using System.Text.RegularExpressions;
using IIJReportGen.Cli.Commands;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Dataset.Tests;
using IIJReportGen.Pipeline;
using IIJReportGen.Pipeline.NextPeriod;
using UglyToad.PdfPig;

namespace IIJReportGen.Cli.Tests;

/// <summary>
/// The next release as an IR team makes it: roll the bundled dataset forward, list what to fill as CSV, fill it, import it,
/// review the texts, validate and build — and read the new period, with the old current figures as its comparatives.
/// </summary>
public sealed partial class NextReleaseTests : IDisposable
{
    private const string To = "1H14";

    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-next-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Templates => Path.Combine(RepositoryPaths.Root, "templates");

    private static ReportDataset Load(string path) => DatasetLoader.Load(path).Dataset ?? throw new InvalidOperationException(path + " does not load.");

    [Fact]
    public void Rolled_filled_from_the_todo_csv_imported_reviewed_and_built_it_reads_as_the_next_period()
    {
        var old = Load(RepositoryPaths.BundledDataset);
        var dataset = Path.Combine(_folder, "fy2014-1h.json");
        Assert.Equal(0, RollforwardCommand.Run(RepositoryPaths.BundledDataset, To, dataset, new StringWriter(), new StringWriter()));
        var todo = new StringWriter();
        Assert.Equal(0, TodoCommand.Run(dataset, Templates, "csv", todo, new StringWriter()));
        var rows = Rfc4180.Read(todo.ToString(), out _);
        var rolled = new ReportModel(Load(dataset));

        // Fill the value column as a person would from the last filing, with figures the test makes (see Fill).
        var value = TodoList.Columns.ToList().IndexOf("value");
        var filled = rows.Select((row, i) => i == 0 || row[0].Length == 0 ? row : (IReadOnlyList<string>)[.. row.Take(value), Fill(rolled, old, row[0], row[3], i), .. row.Skip(value + 1)]).ToList();
        Assert.DoesNotContain(filled.Skip(1), r => r[0].Length > 0 && r[value].Length == 0);
        Assert.Contains(filled, r => r[value].StartsWith('(')); // negatives in parentheses …
        Assert.Contains(filled, r => r[value].StartsWith('-') && r[value].Length > 1); // … and with a minus
        var csv = Path.Combine(_folder, "filled.csv");
        File.WriteAllText(csv, Rfc4180.Write(filled));
        var import = new StringWriter();
        Assert.Equal(0, ImportCommand.Run(dataset, csv, import, new StringWriter()));
        Assert.Equal(0, ReviewCommand.Run(dataset, [], all: true, new StringWriter(), new StringWriter()));

        // todo → fill → import → validate: nothing left to do, 0 errors.
        var left = new StringWriter();
        Assert.Equal(0, TodoCommand.Run(dataset, Templates, "csv", left, new StringWriter()));
        Assert.Single(Rfc4180.Read(left.ToString(), out _)); // the header only
        Assert.False(ReportChecks.Validate(dataset, Templates).Diagnostics.HasErrors);

        var output = Path.Combine(_folder, "out");
        var build = ReportBuild.Run(new BuildRequest(dataset, output, Templates, RepositoryPaths.Root));
        Assert.False(build.Diagnostics.HasErrors, string.Join("\n", build.Diagnostics));

        var next = Load(dataset);
        var comparative = next.Periods[To].Comparative!;
        // Every comparative is the old current figure, as typed.
        foreach (var concept in old.Concepts.Where(c => c.Values.ContainsKey(comparative)))
            Assert.Equal(concept.Values[comparative].Typed, next.Concepts[concept.Key].Values[comparative].Typed);
        foreach (var document in new[] { "press-release", "tse-summary" })
        {
            var text = PdfText(Path.Combine(output, document + ".pdf"));
            // The texts cite periods and event dates by reference, so no sentence is excepted: not even the stock split's.
            Assert.DoesNotContain(Stale(old, next), word => Regex.IsMatch(text, $@"(?<![A-Za-z0-9]){Regex.Escape(word)}(?![A-Za-z0-9])"));
            Assert.Contains(next.Periods[To].Label, text, StringComparison.Ordinal);
        }
        // The old current figures are shown as the comparatives (total revenues, operating income, in millions), next to the new ones.
        var release = PdfText(Path.Combine(output, "press-release.pdf"));
        var model = new ReportModel(next);
        foreach (var id in new[] { "TotalRevenues", "OperatingIncome" })
            foreach (var period in new[] { To, comparative })
                Assert.Contains(Millions(model.Value(id, period)!.Value), release, StringComparison.Ordinal);
    }

    /// <summary>
    /// The value a test types for a fact to fill: twice the same period a year before (the comparative, or the period with the
    /// dates a year earlier) — twice, so every total still foots and every tie-out still holds — or, for a year a forecast
    /// covered, the old forecast as the actual. Negatives in parentheses and with a minus sign, a nil as "-".
    /// </summary>
    private static string Fill(ReportModel rolled, ReportDataset old, string concept, string period, int row)
    {
        var target = rolled.Dataset.Periods[period];
        var typed = Earlier(rolled.Dataset, concept, target) is { } earlier ? earlier * 2
            : Same(old, concept, target) is { } forecast ? forecast.Typed
            : Earlier(old, concept, target) * 2;
        return typed switch
        {
            null => "-",
            < 0 when row % 2 == 0 => "(" + (-typed.Value).ToString("#,##0.########", CultureInfo.InvariantCulture) + ")",
            _ => typed.Value.ToString("0.########", CultureInfo.InvariantCulture),
        };
    }

    private static IEnumerable<KeyValuePair<string, DateOnly>> OfThePeriod(ReportDataset old) =>
        old.Report.Dates.Where(d => d.Value >= old.Periods[old.Report.Current].Start);

    private static string English(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>The typed value (a nil as 0) of the period a year before — its comparative, or the one with the dates a year earlier — if the dataset has it.</summary>
    private static decimal? Earlier(ReportDataset dataset, string concept, Period target)
    {
        var values = dataset.Concepts.TryGet(concept, out var c) ? c.Values : new Dictionary<string, FactValue>();
        var yearBefore = dataset.Periods.Where(p => p.Type == target.Type && p.End == target.End.AddYears(-1) && p.Start == target.Start?.AddYears(-1)).Select(p => p.Key);
        var key = yearBefore.Prepend(target.Comparative).FirstOrDefault(k => k is not null && values.ContainsKey(k));
        return key is null ? null : values[key].Typed ?? 0;
    }

    /// <summary>The old dataset's value for the same dates (its forecast of the year the new dataset reports as actual).</summary>
    private static FactValue? Same(ReportDataset old, string concept, Period target) =>
        old.Concepts.TryGet(concept, out var c)
            ? old.Periods.Where(p => p.Type == target.Type && p.End == target.End && p.Start == target.Start && c.Values.ContainsKey(p.Key)).Select(p => c.Values[p.Key]).FirstOrDefault()
            : null;

    /// <summary>What the new documents must not say: the short names, labels and dates of the old comparative and of the old
    /// periods the new dataset dropped (unless a kept period has them), and the old period's report dates (its release date).</summary>
    private static IReadOnlyList<string> Stale(ReportDataset old, ReportDataset next)
    {
        var gone = old.Periods.Where(p => !next.Periods.Contains(p.Key) || p.Key == old.Periods[old.Report.Current].Comparative).ToList();
        var kept = next.Periods.Where(p => !gone.Any(g => g.Key == p.Key)).Select(p => p.End).Concat(next.Report.Dates.Values).ToHashSet();
        var dates = gone.Select(p => p.End).Concat(OfThePeriod(old).Select(d => d.Value)).Where(d => !kept.Contains(d));
        var names = next.Periods.Where(p => !gone.Contains(p)).SelectMany(p => new[] { p.Short, p.Label }).ToHashSet(StringComparer.Ordinal);
        return [.. gone.SelectMany(p => new[] { p.Short, p.Label }).Where(n => !names.Contains(n)), .. dates.Select(English).Distinct()];
    }

    private static string Millions(decimal yen) => Math.Round(Math.Abs(yen) / 1_000_000m, MidpointRounding.AwayFromZero).ToString("#,##0", CultureInfo.InvariantCulture);

    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
