using IIJReportGen.Review.Alignment;
using IIJReportGen.Review.Documents;
using IIJReportGen.Review.Facts;

namespace IIJReportGen.Review.Writers;

/// <summary>Plain text for terminals and logs: one line per change, sections in a fixed order, redlines as [-deleted-]{+inserted+}.</summary>
public sealed class TextDiffWriter : DiffReportWriter
{
    public override void Write(DiffReport report, TextWriter output)
    {
        output.WriteLine($"diff {report.OldFile} -> {report.NewFile}");
        if (report.IsEmpty)
        {
            output.WriteLine("No changes.");
            return;
        }
        var data = report.Dataset;
        Section(output, "Facts", data.Facts, Fact);
        Section(output, "Derived measures", data.Measures, Measure);
        Section(output, "Table cells", data.Cells, c => $"{c.TableTitle} | {c.Line} | {c.Column}: {c.Old ?? "(blank)"} -> {c.New ?? "(blank)"}");
        Section(output, "Texts", data.Texts, t => $"{t.Key}: {Redline(t.Redline)}");
        foreach (var document in report.Documents.Where(d => !d.IsEmpty))
        {
            Section(output, $"Document {document.Document}: prose", document.Prose,
                p => $"{Kind(p.Kind)} [{p.Section}] {Redline(p.Redline)}");
            Section(output, $"Document {document.Document}: tables", document.Cells,
                c => $"{Kind(c.Kind)} table {c.TableNumber} {c.Table} | {c.Row} | {c.Column}: {c.Old ?? "(blank)"} -> {c.New ?? "(blank)"}");
        }
    }

    private static void Section<T>(TextWriter output, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0)
            return;
        output.WriteLine();
        output.WriteLine($"{title} ({items.Count})");
        foreach (var item in items)
            output.WriteLine("  " + line(item));
    }

    private static string Fact(FactChange f)
    {
        var scale = f.Scale == 0 ? "" : $" x10^{f.Scale}";
        var change = f.TypedDelta is { } d ? $" ({ReportNumbers.Signed(d)}{Percent(f.DeltaPercent)})" : "";
        return $"{Kind(f.Kind)} {f.Concept} {f.Period}: {Typed(f.Old)} -> {Typed(f.New)} {f.Unit}{scale}{change} [{f.Label}]";
    }

    private static string Measure(MeasureChange m)
    {
        var change = m.Delta is { } d ? $" ({ReportNumbers.Signed(d)}{Percent(m.DeltaPercent)})" : "";
        return $"{Kind(m.Kind)} {m.Measure} {m.Period}: {ReportNumbers.Text(m.Old)} -> {ReportNumbers.Text(m.New)} {m.Unit}{change} [{m.Label}]";
    }

    private static string Typed(FigureValue? value) => value is null ? "(none)" : value.Typed is { } t ? ReportNumbers.Text(t) : "(dash)";

    private static string Percent(decimal? percent) => percent is { } p ? ", " + ReportNumbers.Percent(p) : "";

    private static string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Inserted => "+",
        ChangeKind.Deleted => "-",
        _ => "~",
    };

    private static string Redline(IReadOnlyList<RedlineSegment> segments) => string.Join(' ', segments.Select(s => s.Kind switch
    {
        RedlineKind.Deleted => $"[-{s.Text}-]",
        RedlineKind.Inserted => $"{{+{s.Text}+}}",
        _ => s.Text,
    }));
}
