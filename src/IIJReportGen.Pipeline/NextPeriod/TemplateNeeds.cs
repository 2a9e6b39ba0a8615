using System.Text;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;
using IIJReportGen.Templating;
using IIJReportGen.Validation;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Pipeline.NextPeriod;

/// <summary>
/// The figures the documents' templates ask for that the dataset has no value for — the ones no table or text names (a
/// figure a template writes itself) included. Every document is rendered in memory from the dataset with a stand-in for
/// each missing value of a concept (at the periods of the kind and scenario it has values for), so one rendering finds
/// them all, not one build error at a time; each fact the render used that the real dataset lacks is asked for at its
/// template line.
/// </summary>
public static class TemplateNeeds
{
    /// <param name="blockers">Gets what stops a rendering even with every figure there (a date, text or period the templates ask for).</param>
    /// <param name="filling">The facts known to be missing (from the tables and texts): their periods are the ones being filled.</param>
    public static IReadOnlyList<MissingFigure> Of(string json, ReportModel model, TemplateFiles templates, IReadOnlyList<FactToFill> filling, DiagnosticBag blockers)
    {
        // Stand-ins only at the periods still being filled, so a template that reads an older period only when it has a value
        // (a reported % change's base) asks for nothing new; a concept with no value at all also at the periods with none.
        var periods = filling.Select(f => f.Period).ToHashSet(StringComparer.Ordinal);
        var empty = model.Dataset.Periods.Where(p => !model.Dataset.Concepts.Any(c => c.Values.ContainsKey(p.Key))).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        // A concept with no value at all (a rolled skeleton's) has no kind of period to follow: it stands in at instants in
        // one rendering and at durations in the other (never both: a concept has one XBRL period type).
        var asked = new List<MissingFigure>();
        List<Diagnostic>? common = null;
        foreach (var type in new[] { PeriodType.Instant, PeriodType.Duration })
        {
            if (WithStandIns(json, model, periods, empty, type) is not { } complete)
                continue;
            var failed = new List<Diagnostic>();
            foreach (var document in BuildRequest.Documents)
            {
                var rendered = DocumentRendering.Render(complete, templates, document);
                // A figure missing even with the stand-ins (at a period not being filled) stops the build all the same: it is asked for too.
                failed.AddRange(rendered.Diagnostics.Where(d => d.Severity == Severity.Error && d.Code != ValidationCodes.MissingFact));
                asked.AddRange(rendered.MissingUses.Select(m => new MissingFigure(m.Id, m.Period, $"{document} {TemplateLines.Of(m.Template, m.Caller)}")));
                // Only the periods stood in for: an older period the documents compare with is the last filing's business.
                foreach (var use in rendered.FactUses)
                    foreach (var period in new[] { use.Period, use.Vs }.OfType<string>().Where(p => model.Value(use.Id, p) is null && (periods.Contains(p) || (empty.Contains(p) && Valueless(model, use.Id)))))
                        asked.Add(new MissingFigure(use.Id, period, $"{use.Document} {use.Lines}"));
            }
            common = common is null ? failed : [.. common.Where(failed.Contains)];
        }
        blockers.AddRange(common ?? []);
        return asked;
    }

    /// <summary>The dataset with 1 typed for every concept at every period being filled of a kind it has values for (when it has
    /// none: every period being filled or empty of <paramref name="valueless"/> type) and no value yet; null if that does not load.</summary>
    private static ReportModel? WithStandIns(string json, ReportModel model, IReadOnlySet<string> filling, IReadOnlySet<string> empty, PeriodType valueless)
    {
        var root = DatasetJson.Parse(json);
        foreach (var concept in model.Dataset.Concepts)
        {
            var kinds = concept.Values.Keys.Select(k => Kind(model.Dataset.Periods[k])).ToHashSet();
            bool Stands(Period p) => kinds.Count == 0 ? p.Type == valueless && (filling.Contains(p.Key) || empty.Contains(p.Key)) : filling.Contains(p.Key) && kinds.Contains(Kind(p));
            var values = (JObject?)root["concepts"]?[concept.Key]?["values"];
            foreach (var period in model.Dataset.Periods.Where(p => Stands(p) && !concept.Values.ContainsKey(p.Key)))
                values?.Add(period.Key, 1);
        }
        var loaded = DatasetLoader.Parse(Encoding.UTF8.GetBytes(DatasetJson.Write(root, json)), model.Dataset.File);
        return loaded.Dataset is { } dataset ? new ReportModel(dataset) : null;
    }

    private static bool Valueless(ReportModel model, string id) => model.Dataset.Concepts.TryGet(id, out var concept) && concept.Values.Count == 0;

    private static (PeriodType, Scenario) Kind(Period period) => (period.Type, period.Scenario);
}
