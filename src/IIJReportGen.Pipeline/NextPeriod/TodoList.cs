using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Reviews;
using IIJReportGen.Diagnostics;
using IIJReportGen.Templating;
using IIJReportGen.Validation;

namespace IIJReportGen.Pipeline.NextPeriod;

/// <summary>
/// One thing still to do before a dataset can be built: a fact to fill (a concept for a period, typed at the concept's
/// scale and decimals) or a text to review (<see cref="Key"/> set, no concept or period).
/// </summary>
/// <param name="UsedIn">Where the documents use it: "press-release templates/press-release/press-release.sbnhtml:23".</param>
public sealed record TodoItem(string Concept, string Element, string Label, string Period, string Unit, int? Scale, int? Decimals,
    IReadOnlyList<string> UsedIn, string Key);

/// <summary>What `iijreport todo` lists: every fact to fill once (not once per table cell), then every text to review.</summary>
public static class TodoList
{
    /// <summary>The columns of `todo --format csv`, which `import` reads back by name.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["concept", "element", "label", "period", "unit", "scale", "decimals", "value", "used_in", "key"];

    /// <summary>The list for a dataset (its text <paramref name="json"/> and model); <paramref name="blockers"/> gets what would stop a
    /// build even when every figure is there (a date or text the templates ask for).</summary>
    public static IReadOnlyList<TodoItem> Of(string json, ReportModel model, TemplateFiles templates, DiagnosticBag blockers)
    {
        var places = new TemplatePlaces(templates);
        // What the tables and texts show, located where the templates name them (the key itself, which has no space, only makes
        // sure the fact is listed), then what the templates ask for themselves, at the line that asks.
        var shown = FactsToFill.Missing(model).SelectMany(f => places.Of(f.Where).Prepend(f.Where).Select(where => f with { Where = where })).ToList();
        var known = FactsToFill.Trace(model, shown);
        var asked = TemplateNeeds.Of(json, model, templates, known, blockers);
        var toFill = FactsToFill.Trace(model, [.. shown, .. asked]).Select(f => new TodoItem(f.Concept.Key, f.Concept.Xbrl, f.Concept.Label, f.Period,
            f.Concept.Unit, f.Concept.Scale, f.Concept.Decimals, [.. f.Where.Where(w => w.Contains(' ')).Order(StringComparer.Ordinal)], ""));
        var toReview = TextReviews.ToReview(model).Select(t => new TodoItem("", "", Opening(t.Text), "", "", null, null, places.Of(t.Key), t.Key));
        return [.. toFill, .. toReview];
    }

    /// <summary>`todo --format csv`: UTF-8, RFC 4180, the header <see cref="Columns"/>, the value column empty to fill.</summary>
    public static string Csv(IEnumerable<TodoItem> items) =>
        Rfc4180.Write([Columns, .. items.Select(i => (IReadOnlyList<string>)[i.Concept, i.Element, i.Label, i.Period, i.Unit,
            Number(i.Scale), Number(i.Decimals), "", string.Join("; ", i.UsedIn), i.Key])]);

    private static string Number(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>The first words of a text, so a person knows which one a row means.</summary>
    private static string Opening(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 80 ? flat : flat[..80].TrimEnd() + "…";
    }
}
