using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Xbrl.Tdnet;

/// <summary>Reads a summary form file, checking that it holds together: every name a tse-ed-t name of the names file, every
/// member on one axis, every fact an item of a section that admits its members. Findings are XBRL002 at file:line:col.</summary>
public static partial class SummaryFormReader
{
    private static readonly Dictionary<string, FormPeriod> Periods = new(StringComparer.Ordinal)
    {
        ["currentInstant"] = FormPeriod.CurrentInstant, ["currentDuration"] = FormPeriod.CurrentDuration,
        ["currentYearDuration"] = FormPeriod.CurrentYearDuration, ["currentYearInstant"] = FormPeriod.CurrentYearInstant,
        ["nextYearDuration"] = FormPeriod.NextYearDuration,
    };

    private static readonly Dictionary<string, FormValueKind> Kinds = new(StringComparer.Ordinal)
    {
        ["text"] = FormValueKind.Text, ["label"] = FormValueKind.Label, ["date"] = FormValueKind.Date, ["company"] = FormValueKind.Company,
        ["person"] = FormValueKind.Person, ["flag"] = FormValueKind.Flag, ["listed"] = FormValueKind.Listed,
        ["securitiesCode"] = FormValueKind.SecuritiesCode, ["fiscalYearEnd"] = FormValueKind.FiscalYearEnd, ["quarter"] = FormValueKind.Quarter,
    };

    /// <summary>The form, or null with XBRL002 findings.</summary>
    public static SummaryForm? Read(string name, string text, TseNames names, DiagnosticBag diagnostics)
    {
        if (FormJson.Parse(name, text, diagnostics) is not { } json)
            return null;
        var root = json.Root;
        root.Allow("$comment");
        var letters = root.String("letters", required: true);
        if (letters is not null && !Letters().IsMatch(letters) && root.Json["letters"] is { } token)
            json.Report(token, $"letters '{letters}' are not TDnet's file-name letters.", "Write them as TDnet names files, e.g. \"qcedussm\".");
        var axes = ReadAxes(json, names);
        var members = axes.SelectMany(a => a.Members).ToHashSet(StringComparer.Ordinal);
        var figures = ReadFigures(json, names, members);
        var sections = ReadSections(json, names, members);
        var facts = ReadFacts(json, names, members, sections);
        root.Finish();
        if (!json.Finish(diagnostics))
            return null;
        var form = new SummaryForm(name, letters!, figures!, axes, sections, facts);
        foreach (var fact in facts.Where(f => !form.Admits(f.Element, f.Members)))
            diagnostics.Add(FormJson.Error($"No section reports {fact.Element} with the members [{string.Join(", ", fact.Members)}].", fact.Location,
                "Name one member of each axis of a section that lists the element, or add the element to the section that has these members."));
        return diagnostics.HasErrors ? null : form;
    }

    private static FormFigures? ReadFigures(FormJson json, TseNames names, HashSet<string> members)
    {
        if (json.Root.Object("figures", required: true) is not { } figures)
            return null;
        var all = Names(json, figures, "members", names);
        var result = Name(json, figures, "result", names);
        var forecast = Name(json, figures, "forecast", names);
        foreach (var member in all.Append(result).Append(forecast).OfType<string>().Where(m => !members.Contains(m)))
            json.Report(figures.Json, $"'{member}' is not a member of the form's axes.", "List it under \"axes\" first.");
        figures.Finish();
        return result is null || forecast is null ? null : new FormFigures(all, result, forecast);
    }

    private static List<FormAxis> ReadAxes(FormJson json, TseNames names)
    {
        var axes = new List<FormAxis>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in json.Root.Array("axes", required: true) ?? [])
        {
            if (Object(json, token, "An axis") is not { } axis)
                continue;
            var name = Name(json, axis, "axis", names);
            var members = Names(json, axis, "members", names);
            foreach (var member in members.Where(m => !seen.Add(m)))
                json.Report(axis.Json["members"]!, $"Member '{member}' is on two axes.", "A member belongs to one axis.");
            axis.Finish();
            if (name is not null)
                axes.Add(new FormAxis(name, members));
        }
        return axes;
    }

    private static List<FormSection> ReadSections(FormJson json, TseNames names, HashSet<string> members)
    {
        var sections = new List<FormSection>();
        foreach (var token in json.Root.Array("sections", required: true) ?? [])
        {
            if (Object(json, token, "A section") is not { } section)
                continue;
            var hypercube = section.String("hypercube", required: true);
            foreach (var part in hypercube is null ? [] : new[] { "Heading", "Table", "LineItems" })
                if (!names.Contains(hypercube + part))
                    json.Report(section.Json["hypercube"]!, $"'{hypercube}{part}' is not in {TseNames.File}.", "Name a tse-ed-t hypercube (its Heading, Table and LineItems must be listed).");
            var allowed = Names(json, section, "members", names);
            foreach (var member in allowed.Where(m => !members.Contains(m)))
                json.Report(section.Json["members"]!, $"'{member}' is not a member of the form's axes.", "List it under \"axes\" first.");
            var items = Names(json, section, "items", names);
            section.Finish();
            if (hypercube is not null)
                sections.Add(new FormSection(hypercube, allowed, items, section.Location));
        }
        return sections;
    }

    private static List<FormFact> ReadFacts(FormJson json, TseNames names, HashSet<string> members, List<FormSection> sections)
    {
        var facts = new List<FormFact>();
        var elements = new HashSet<string>(StringComparer.Ordinal);
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in json.Root.Array("facts", required: true) ?? [])
        {
            if (Object(json, token, "A fact") is not { } fact)
                continue;
            var element = Name(json, fact, "element", names);
            if (element is not null && !sections.Any(s => s.Items.Contains(element)))
                json.Report(fact.Json["element"]!, $"'{element}' is an item of no section.", "Add it to the \"items\" of the section that reports it.");
            if (element is not null && !elements.Add(element))
                json.Report(fact.Json["element"]!, $"'{element}' has two facts.", "A template shows a form fact by its element, so each element has one row.");
            var parts = Values(json, fact, "value");
            var japanese = fact.Json.ContainsKey("ja") ? Values(json, fact, "ja") : null;
            if (japanese is { Count: > 0 } && parts.Count > 0 && !japanese.Select(v => v.ItemType).SequenceEqual(parts.Select(v => v.ItemType)))
                json.Report(fact.Json["ja"]!, "The Japanese words of a fact are as many parts, of the same type, as its \"value\".",
                    "Name a text (or a company or person field) for each part of \"value\"; a flag, date or number needs no \"ja\".");
            var period = fact.Choice("period", Periods.Keys) is { } p ? Periods[p] : FormPeriod.CurrentInstant;
            var factMembers = Names(json, fact, "members", names, required: false);
            foreach (var member in factMembers.Where(m => !members.Contains(m)))
                json.Report(fact.Json["members"]!, $"'{member}' is not a member of the form's axes.", "List it under \"axes\" first.");
            var hidden = fact.Bool("hidden") ?? false;
            var role = Role(json, fact, roles);
            fact.Finish();
            if (element is not null && parts.Count > 0)
                facts.Add(new FormFact(element, parts, period, factMembers, hidden, fact.LocationOf("members"), japanese is { Count: > 0 } ? japanese : null, role));
        }
        return facts;
    }

    /// <summary>The fact's "role": lower-case words joined by hyphens, so it can never be read as an element's name; one fact
    /// a role.</summary>
    private static string? Role(FormJson json, ObjectReader fact, HashSet<string> roles)
    {
        if (fact.String("role") is not { } role)
            return null;
        if (!RoleName().IsMatch(role))
            json.Report(fact.Json["role"]!, $"'{role}' is not a role name.", "Write lower-case words joined by hyphens (\"report-filing-date\").");
        else if (!roles.Add(role))
            json.Report(fact.Json["role"]!, $"'{role}' is the role of two facts.", "A template shows a fact by its role, so each role has one fact.");
        else
            return role;
        return null;
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex RoleName();

    /// <summary>"kind:key", or a list of "text:key" parts shown apart: the fact's <paramref name="property"/> ("value", or "ja"
    /// for the Japanese summary's words).</summary>
    private static List<FormValue> Values(FormJson json, ObjectReader fact, string property)
    {
        var token = fact.Json[property];
        fact.Allow(property);
        var texts = token switch
        {
            { Kind: JsonKind.String } single => [single],
            { Kind: JsonKind.Array, Items.Count: > 0 } list when list.Items.All(t => t.Kind == JsonKind.String) => list.Items.ToList(),
            _ => new List<JsonItem>(),
        };
        if (texts.Count == 0)
            json.Report(token ?? fact.Json, $"A fact needs a \"{property}\": \"kind:key\", or a list of \"text:key\" parts.", "See templates/tdnet/README.md for the kinds.");
        var values = new List<FormValue>();
        foreach (var text in texts)
        {
            var reference = text.Text!;
            var colon = reference.IndexOf(':');
            var kind = colon < 0 ? reference : reference[..colon];
            var key = colon < 0 ? "" : reference[(colon + 1)..];
            if (!Kinds.TryGetValue(kind, out var valueKind))
                json.Report(text, $"'{kind}' is not a kind of value.", Suggestion.Hint(kind, Kinds.Keys.ToList(), "kinds"));
            else if (texts.Count > 1 && valueKind != FormValueKind.Text)
                json.Report(text, "Only a text can come in parts.", "Give the fact one value, or only \"text:key\" parts.");
            else
                values.Add(new FormValue(valueKind, key));
        }
        return values.Count == texts.Count ? values : [];
    }

    private static ObjectReader? Object(FormJson json, JsonItem token, string what)
    {
        if (token.Kind == JsonKind.Object)
            return new ObjectReader(token, json.Source, json.Root.Diagnostics);
        json.Report(token, $"{what} must be an object {{ … }}.", "See templates/tdnet/README.md.");
        return null;
    }

    private static string? Name(FormJson json, ObjectReader reader, string property, TseNames names)
    {
        var name = reader.String(property, required: true);
        if (name is not null && !names.Contains(name))
            json.Report(reader.Json[property]!, $"'{name}' is not in {TseNames.File}.", Suggestion.Hint(name, names.All.Select(n => n.Name).ToList(), "tse-ed-t names"));
        return name;
    }

    private static List<string> Names(FormJson json, ObjectReader reader, string property, TseNames names, bool required = true)
    {
        var list = new List<string>();
        foreach (var token in reader.Array(property, required) ?? [])
        {
            if (token.Kind != JsonKind.String)
                json.Report(token, $"Each entry of '{property}' must be a string.", "Write the names in double quotes.");
            else if (!names.Contains(token.Text!))
                json.Report(token, $"'{token.Text}' is not in {TseNames.File}.", Suggestion.Hint(token.Text!, names.All.Select(n => n.Name).ToList(), "tse-ed-t names"));
            else
                list.Add(token.Text!);
        }
        return list;
    }

    [GeneratedRegex("^[a-z]{8}$")]
    private static partial Regex Letters();
}
