using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Xbrl.Tdnet;

/// <summary>The period of a form fact's context, relative to the report.</summary>
public enum FormPeriod
{
    /// <summary>The instant the report's period ends on (company information).</summary>
    CurrentInstant,
    /// <summary>The report's period, from the start of the fiscal year (notes to the results).</summary>
    CurrentDuration,
    /// <summary>The whole current fiscal year (forecasts, the dividend forecast's correction).</summary>
    CurrentYearDuration,
    /// <summary>The end of the current fiscal year (the fiscal year end).</summary>
    CurrentYearInstant,
    /// <summary>The next fiscal year (a full-year report's forecasts and their notes).</summary>
    NextYearDuration,
}

/// <summary>Where a form fact's value comes from, which also decides its XBRL type.</summary>
public enum FormValueKind
{
    /// <summary>A dataset text (one paragraph, references written as figures): "text:tse.rounding".</summary>
    Text,
    /// <summary>A report label: "label:tseTitle".</summary>
    Label,
    /// <summary>A report date: "date:release".</summary>
    Date,
    /// <summary>A company field: "company:name", "company:url", "company:phoneDomestic".</summary>
    Company,
    /// <summary>A person's name or title: "person:representative.title".</summary>
    Person,
    /// <summary>A report flag (true/false): "flag:supplementalMaterial".</summary>
    Flag,
    /// <summary>True when a listing of the company names the element among its TDnet flags: "listed".</summary>
    Listed,
    /// <summary>The TSE code as listed and shown (3774; the entity identifier has five digits): "securitiesCode".</summary>
    SecuritiesCode,
    /// <summary>The last day of the report's fiscal year: "fiscalYearEnd".</summary>
    FiscalYearEnd,
    /// <summary>Which quarter the report's period ends with (1–4): "quarter".</summary>
    Quarter,
}

/// <summary>A value reference of the form: its kind and key ("tse.rounding", "representative.title"; empty for kinds without one).</summary>
public sealed record FormValue(FormValueKind Kind, string Key)
{
    /// <summary>The item type an element with this value has (flags are booleans, dates dates, the quarter a number).</summary>
    public string ItemType => Kind switch
    {
        FormValueKind.Date or FormValueKind.FiscalYearEnd => "xbrli:dateItemType",
        FormValueKind.Flag or FormValueKind.Listed => "xbrli:booleanItemType",
        FormValueKind.Quarter => "xbrli:pureItemType",
        _ => "xbrli:stringItemType",
    };
}

/// <summary>A fact of the summary that is not a dataset figure: company information, a flag, a note. A text may come in
/// parts that the document shows apart (one fact, continued). Its location is where its context's members are given.</summary>
/// <param name="Japanese">Where a Japanese summary takes the fact's words from, when they are not the same as the English
/// summary's (a text, the company's name, a person's title); the same number of parts, of the same item type.</param>
/// <param name="Role">The name templates show the fact by when its element differs between the forms ("report-filing-date":
/// QuarterlyStatementFilingDateAsPlanned in a quarter, AnnualSecuritiesReportFilingDateAsPlanned in a full year), so which
/// element a kind of report uses is said once, in its form.</param>
public sealed record FormFact(string Element, IReadOnlyList<FormValue> Parts, FormPeriod Period, IReadOnlyList<string> Members, bool Hidden, SourceLocation Location,
    IReadOnlyList<FormValue>? Japanese = null, string? Role = null)
{
    public FormValue Value => Parts[0];

    /// <summary>The parts a summary in <paramref name="language"/> ("en", "ja") shows: one fact, whatever the words.</summary>
    public IReadOnlyList<FormValue> PartsIn(string language) => language == "ja" && Japanese is { } japanese ? japanese : Parts;
}

/// <summary>The members a figure's contexts carry: <paramref name="Members"/> on the axes the figure names no member of
/// (ConsolidatedMember unless it says NonConsolidatedMember), and the result or forecast member by the period's scenario.</summary>
public sealed record FormFigures(IReadOnlyList<string> Members, string Result, string Forecast);

/// <summary>An axis of the form and its members, in the order context ids name them.</summary>
public sealed record FormAxis(string Axis, IReadOnlyList<string> Members);

/// <summary>A section of the summary: a TSE role whose hypercube has the section's members on its axes, and the elements it reports.</summary>
public sealed record FormSection(string Hypercube, IReadOnlyList<string> Members, IReadOnlyList<string> Items, SourceLocation Location)
{
    public string Role => "Role" + Hypercube;
    public string Heading => Hypercube + "Heading";
    public string Table => Hypercube + "Table";
    public string LineItems => Hypercube + "LineItems";
}

/// <summary>The TDnet summary form of one kind of report (templates/tdnet/&lt;kind&gt;-summary.json): sections, axes and the
/// facts that are not figures. The English and the Japanese summary share it; the dataset's figures name their elements.</summary>
public sealed class SummaryForm
{
    private readonly Dictionary<string, string> _axisOfMember;
    private readonly Dictionary<string, FormFact> _facts;
    private readonly Dictionary<string, FormFact> _roles;

    internal SummaryForm(string file, string letters, FormFigures figures, IReadOnlyList<FormAxis> axes, IReadOnlyList<FormSection> sections, IReadOnlyList<FormFact> facts)
    {
        File = file;
        Letters = letters;
        Figures = figures;
        Axes = axes;
        Sections = sections;
        _axisOfMember = axes.SelectMany(a => a.Members.Select(m => (m, a.Axis))).ToDictionary(p => p.m, p => p.Axis, StringComparer.Ordinal);
        _facts = facts.ToDictionary(f => f.Element, StringComparer.Ordinal);
        _roles = facts.Where(f => f.Role is not null).ToDictionary(f => f.Role!, StringComparer.Ordinal);
    }

    /// <summary>The form file as findings name it ("templates/tdnet/quarterly-summary.json").</summary>
    public string File { get; }

    /// <summary>TDnet's file-name letters: report kind, consolidation, accounting standard, summary ("qcedussm").</summary>
    public string Letters { get; }

    /// <summary>The members every figure's contexts carry besides its own.</summary>
    public FormFigures Figures { get; }

    public IReadOnlyList<FormAxis> Axes { get; }

    public IReadOnlyList<FormSection> Sections { get; }

    public IEnumerable<FormFact> Facts => _facts.Values;

    /// <summary>The templates file of the form a report needs: annual for a twelve-month report, quarterly otherwise.</summary>
    public static string FileFor(ReportDataset dataset) =>
        $"tdnet/{(SummaryPeriods.QuartersOf(dataset) == 4 ? "annual" : "quarterly")}-summary.json";

    /// <summary>The fact row of an element or a role ("report-filing-date"), or null when the name is a figure's element
    /// (or not in the form).</summary>
    public FormFact? Fact(string elementOrRole) => _facts.GetValueOrDefault(elementOrRole) ?? _roles.GetValueOrDefault(elementOrRole);

    /// <summary>The axis a member belongs to.</summary>
    public string AxisOf(string member) => _axisOfMember[member];

    public bool IsMember(string name) => _axisOfMember.ContainsKey(name);

    /// <summary>Whether some section reports the element with exactly these members: one on each of its axes, each one it allows
    /// (its hypercube is closed and has no default member, so a context must name a member of every axis).</summary>
    public bool Admits(string element, IReadOnlyCollection<string> members) =>
        Sections.Any(s => s.Items.Contains(element)
            && members.All(s.Members.Contains)
            && members.Select(AxisOf).Order(StringComparer.Ordinal).SequenceEqual(s.Members.Select(AxisOf).Distinct().Order(StringComparer.Ordinal)));

    /// <summary>The members in the order TDnet's context ids and scenarios name them: by axis, in the form's axis order.</summary>
    public IReadOnlyList<string> Ordered(IEnumerable<string> members) =>
        members.OrderBy(m => AxisIndex(AxisOf(m))).ToList();

    // Where an axis stands in the form (-1: not one of its axes), found without copying the axes per member compared.
    private int AxisIndex(string axis)
    {
        for (var i = 0; i < Axes.Count; i++)
            if (Axes[i].Axis == axis)
                return i;
        return -1;
    }

    /// <summary>The members of a figure's context: its own, the form's figure members on the other axes, result or forecast.</summary>
    public IReadOnlyList<string> FigureMembers(IReadOnlyList<string> own, Scenario scenario)
    {
        var axes = own.Select(AxisOf).ToHashSet(StringComparer.Ordinal);
        return Ordered(own.Concat(Figures.Members.Where(m => !axes.Contains(AxisOf(m))))
            .Append(scenario == Scenario.Forecast ? Figures.Forecast : Figures.Result));
    }
}
