using System.Net;
using IIJReportGen.Review.Alignment;
using IIJReportGen.Review.Facts;

namespace IIJReportGen.Review.Writers;

/// <summary>A self-contained redline page: deleted words in &lt;del&gt;, inserted in &lt;ins&gt;, changed cells highlighted; every text escaped.</summary>
public sealed class HtmlDiffWriter : DiffReportWriter
{
    private const string Style =
        "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em}" +
        "th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}td.num{text-align:right}" +
        "td.changed{background:#fff3b0}td.inserted{background:#d9f5d9}td.deleted{background:#f9d6d6}" +
        "del{background:#f9d6d6;color:#900}ins{background:#d9f5d9;color:#060;text-decoration:none}" +
        "p.redline{margin:.3em 0 .8em}.section{color:#666;font-size:.85em}";

    public override void Write(DiffReport report, TextWriter output)
    {
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"/>");
        output.WriteLine($"<title>diff {E(report.OldFile)} → {E(report.NewFile)}</title><style>{Style}</style></head><body>");
        output.WriteLine($"<h1>diff <code>{E(report.OldFile)}</code> → <code>{E(report.NewFile)}</code></h1>");
        if (report.IsEmpty)
            output.WriteLine("<p>No changes.</p>");
        var data = report.Dataset;
        Table(output, "Facts", ["Concept", "Period", "Old", "New", "Δ", "Δ%"], data.Facts, f =>
            [Plain(f.Concept + " — " + f.Label), Plain(f.Period), Num(Typed(f.Old)), Changed(f.Kind, Typed(f.New)),
                Num(f.TypedDelta is { } d ? ReportNumbers.Signed(d) : ""), Num(f.DeltaPercent is { } p ? ReportNumbers.Percent(p) : "")]);
        Table(output, "Derived measures", ["Measure", "Period", "Old", "New", "Δ", "Δ%"], data.Measures, m =>
            [Plain(m.Measure + " — " + m.Label), Plain(m.Period), Num(ReportNumbers.Text(m.Old)), Changed(m.Kind, ReportNumbers.Text(m.New)),
                Num(m.Delta is { } d ? ReportNumbers.Signed(d) : ""), Num(m.DeltaPercent is { } p ? ReportNumbers.Percent(p) : "")]);
        Table(output, "Table cells", ["Table", "Line", "Column", "Old", "New"], data.Cells, c =>
            [Plain(c.TableTitle), Plain(c.Line), Plain(c.Column), Num(c.Old ?? ""), Changed(c.Kind, c.New ?? "")]);
        Redlines(output, "Texts", data.Texts.Select(t => (t.Key, t.Redline)).ToList());
        foreach (var document in report.Documents.Where(d => !d.IsEmpty))
        {
            output.WriteLine($"<h2>Document {E(document.Document)}</h2>");
            Redlines(output, "Prose", document.Prose.Select(p => (p.Section, p.Redline)).ToList());
            Table(output, "Tables", ["Table", "Row", "Column", "Old", "New"], document.Cells, c =>
                [Plain($"{c.TableNumber}. {c.Table}"), Plain(c.Row), Plain(c.Column), Num(c.Old ?? ""), Changed(c.Kind, c.New ?? "")]);
        }
        output.WriteLine("</body></html>");
    }

    private static void Table<T>(TextWriter output, string title, string[] headings, IReadOnlyList<T> rows, Func<T, string[]> cells)
    {
        if (rows.Count == 0)
            return;
        output.WriteLine($"<h3>{E(title)} ({rows.Count})</h3>");
        output.WriteLine("<table><thead><tr>" + string.Concat(headings.Select(h => $"<th>{E(h)}</th>")) + "</tr></thead><tbody>");
        foreach (var row in rows)
            output.WriteLine("<tr>" + string.Concat(cells(row)) + "</tr>");
        output.WriteLine("</tbody></table>");
    }

    private static void Redlines(TextWriter output, string title, IReadOnlyList<(string Label, IReadOnlyList<RedlineSegment> Segments)> items)
    {
        if (items.Count == 0)
            return;
        output.WriteLine($"<h3>{E(title)} ({items.Count})</h3>");
        foreach (var (label, segments) in items)
            output.WriteLine($"<p class=\"section\">{E(label)}</p><p class=\"redline\">{Markup(segments)}</p>");
    }

    private static string Markup(IReadOnlyList<RedlineSegment> segments) => string.Join(' ', segments.Select(s => s.Kind switch
    {
        RedlineKind.Deleted => $"<del>{E(s.Text)}</del>",
        RedlineKind.Inserted => $"<ins>{E(s.Text)}</ins>",
        _ => E(s.Text),
    }));

    private static string Typed(FigureValue? value) => value is null ? "" : value.Typed is { } t ? ReportNumbers.Text(t) : "-";

    private static string Plain(string text) => $"<td>{E(text)}</td>";

    private static string Num(string text) => $"<td class=\"num\">{E(text)}</td>";

    private static string Changed(ChangeKind kind, string text) => $"<td class=\"num {kind.ToString().ToLowerInvariant()}\">{E(text)}</td>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
