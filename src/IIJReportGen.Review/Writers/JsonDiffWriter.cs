using IIJReportGen.Review.Alignment;
using IIJReportGen.Review.Facts;
using Newtonsoft.Json;

namespace IIJReportGen.Review.Writers;

/// <summary>The stable JSON shape documented in this project's README: fields are never removed or renamed; absent values are null.</summary>
public sealed class JsonDiffWriter : DiffReportWriter
{
    public override void Write(DiffReport report, TextWriter output)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        var data = report.Dataset;
        json.WriteStartObject();
        Property(json, "old", report.OldFile);
        Property(json, "new", report.NewFile);
        json.WritePropertyName("identical");
        json.WriteValue(report.IsEmpty);
        Array(json, "facts", data.Facts, Fact);
        Array(json, "measures", data.Measures, Measure);
        Array(json, "cells", data.Cells, c =>
        {
            Kind(json, c.Kind);
            Property(json, "table", c.Table);
            Property(json, "title", c.TableTitle);
            Property(json, "line", c.Line);
            Property(json, "column", c.Column);
            Property(json, "figure", c.Figure);
            Property(json, "period", c.Period);
            Property(json, "old", c.Old);
            Property(json, "new", c.New);
        });
        Array(json, "texts", data.Texts, t =>
        {
            Kind(json, t.Kind);
            Property(json, "key", t.Key);
            Property(json, "old", t.Old);
            Property(json, "new", t.New);
            Redline(json, t.Redline);
        });
        Array(json, "documents", report.Documents, d =>
        {
            Property(json, "document", d.Document);
            Array(json, "prose", d.Prose, p =>
            {
                Kind(json, p.Kind);
                Property(json, "section", p.Section);
                Property(json, "element", p.Element);
                Property(json, "old", p.Old);
                Property(json, "new", p.New);
                Redline(json, p.Redline);
            });
            Array(json, "cells", d.Cells, c =>
            {
                Kind(json, c.Kind);
                json.WritePropertyName("tableNumber");
                json.WriteValue(c.TableNumber);
                Property(json, "table", c.Table);
                Property(json, "row", c.Row);
                Property(json, "column", c.Column);
                Property(json, "old", c.Old);
                Property(json, "new", c.New);
            });
        });
        json.WriteEndObject();
        json.Flush();
        output.WriteLine();

        void Fact(FactChange f)
        {
            Kind(json, f.Kind);
            Property(json, "concept", f.Concept);
            Property(json, "label", f.Label);
            Property(json, "period", f.Period);
            Property(json, "unit", f.Unit);
            json.WritePropertyName("scale");
            json.WriteValue(f.Scale);
            Figure(json, "old", f.Old);
            Figure(json, "new", f.New);
            json.WritePropertyName("delta");
            if (f.BaseDelta is { } delta)
            {
                json.WriteStartObject();
                Number(json, "typed", f.TypedDelta);
                Number(json, "base", delta);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull();
            }
            Number(json, "deltaPercent", f.DeltaPercent, ReportNumbers.PercentDecimals);
            Appearances(json, f.AppearsIn);
        }

        void Measure(MeasureChange m)
        {
            Kind(json, m.Kind);
            Property(json, "measure", m.Measure);
            Property(json, "label", m.Label);
            Property(json, "period", m.Period);
            Property(json, "unit", m.Unit);
            Number(json, "old", m.Old);
            Number(json, "new", m.New);
            Number(json, "delta", m.Delta);
            Number(json, "deltaPercent", m.DeltaPercent, ReportNumbers.PercentDecimals);
            Appearances(json, m.AppearsIn);
        }
    }

    private static void Array<T>(JsonTextWriter json, string name, IReadOnlyList<T> items, Action<T> write)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(item);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Figure(JsonTextWriter json, string name, FigureValue? value)
    {
        json.WritePropertyName(name);
        if (value is null)
        {
            json.WriteNull();
            return;
        }
        json.WriteStartObject();
        Number(json, "typed", value.Typed);
        Number(json, "base", value.Base);
        json.WriteEndObject();
    }

    private static void Appearances(JsonTextWriter json, IReadOnlyList<Appearance> appearances) =>
        Array(json, "appearsIn", appearances, a =>
        {
            Property(json, "table", a.Table);
            Property(json, "title", a.TableTitle);
            Property(json, "line", a.Line);
        });

    private static void Redline(JsonTextWriter json, IReadOnlyList<RedlineSegment> segments) =>
        Array(json, "redline", segments, s =>
        {
            Property(json, "kind", s.Kind.ToString().ToLowerInvariant());
            Property(json, "text", s.Text);
        });

    private static void Kind(JsonTextWriter json, ChangeKind kind) => Property(json, "kind", kind.ToString().ToLowerInvariant());

    private static void Property(JsonTextWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    /// <summary>A number as JSON: whole numbers without a decimal point (Newtonsoft would write 12.0), others tidied.</summary>
    private static void Number(JsonTextWriter json, string name, decimal? value, int decimals = ReportNumbers.ValueDecimals)
    {
        json.WritePropertyName(name);
        if (value is not { } v)
            json.WriteNull();
        else if (ReportNumbers.Tidy(v, decimals) is var tidy && tidy == decimal.Truncate(tidy) && Math.Abs(tidy) < long.MaxValue)
            json.WriteValue((long)tidy);
        else
            json.WriteValue(ReportNumbers.Tidy(v, decimals));
    }
}
