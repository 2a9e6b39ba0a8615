using System.Collections.Concurrent;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Xbrl.Tdnet;

/// <summary>A context of the summary: TDnet's id (period name and members, "CurrentYearDuration_AnnualMember_NonConsolidatedMember_ForecastMember"),
/// its dates and its explicit members (axis, member) in the scenario.</summary>
public sealed record SummaryContext(string Id, SummaryPeriod Period, IReadOnlyList<(string Axis, string Member)> Members);

/// <summary>Where a shown figure goes: the element, the context and the unit of its fact.</summary>
public sealed record SummaryFigure(string Element, SummaryContext Context, string UnitId);

/// <summary>An element of the summary with what its declaration needs.</summary>
public sealed record SummaryElement(string Name, string ItemType, PeriodType PeriodType, string? Balance);

/// <summary>The TDnet summary of a report: the form filled by the dataset. Which element and context each shown figure is
/// (from the figures' "tdnet" metadata and the form), the contexts of the form's own facts, the elements to declare, and
/// the facts a correct summary holds, to check a rendered one against.</summary>
/// <remarks>Elements are in our taxonomy's namespace under their tse-ed-t local names (the real taxonomy cannot be read
/// offline); the mapping to tse-ed-t is one to one by local name. Made once per build, from its one model.</remarks>
public sealed class TdnetSummary
{
    private readonly Dictionary<string, TdnetMapping> _figures = new(StringComparer.Ordinal);
    // Named as the documents, rendered at once, tag their figures.
    private readonly ConcurrentDictionary<string, SummaryContext> _contexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SummaryElement> _elements = new(StringComparer.Ordinal);
    private readonly Lazy<(IReadOnlySet<string>, IReadOnlyDictionary<(string, string), (string, decimal?)>)> _expected;

    /// <exception cref="XbrlMappingException">A figure's "tdnet" metadata does not fit the form, or the report cannot be named.</exception>
    public TdnetSummary(XbrlVocabulary vocabulary, SummaryForm form, TseNames names)
    {
        _expected = new(Expected);
        Vocabulary = vocabulary;
        Form = form;
        Names = names;
        Periods = new SummaryPeriods(vocabulary.Dataset);
        Package = new TdnetPackage(vocabulary.Dataset, form, Periods.Quarter);
        foreach (var (id, mapping) in Mapped(vocabulary.Dataset))
            Map(id, mapping);
        DeclareFacts();
        CheckEveryItemHasFacts();
    }

    /// <summary>The summary of the vocabulary's report with the form its kind needs, both files read through
    /// <paramref name="read"/> (relative to the templates folder: the file's display name and text, or null when it is
    /// missing); null with XBRL001/XBRL002 findings when a file is missing or malformed or the dataset does not fit the form.</summary>
    public static TdnetSummary? Load(XbrlVocabulary vocabulary, Func<string, (string Name, string Text)?> read, DiagnosticBag diagnostics)
    {
        var dataset = vocabulary.Dataset;
        try
        {
            var formFile = SummaryForm.FileFor(dataset);
            if (Read(read, TseNames.File, dataset, diagnostics) is not { } namesFile || Read(read, formFile, dataset, diagnostics) is not { } form
                || TseNames.Read(namesFile.Name, namesFile.Text, diagnostics) is not { } names
                || SummaryFormReader.Read(form.Name, form.Text, names, diagnostics) is not { } summaryForm)
                return null;
            return new TdnetSummary(vocabulary, summaryForm, names);
        }
        catch (XbrlMappingException e)
        {
            diagnostics.Add(Diagnostic.Error(XbrlCodes.Mapping, "TDnet summary: " + e.Message, e.LocationIn(dataset),
                "How figures map onto the summary is in templates/tdnet/README.md."));
            return null;
        }
    }

    private static (string Name, string Text)? Read(Func<string, (string Name, string Text)?> read, string file, ReportDataset dataset, DiagnosticBag diagnostics)
    {
        if (read(file) is { } found)
            return found;
        diagnostics.Add(FormJson.Error($"The templates folder has no {file}, which the TDnet summary of this report needs.",
            new SourceLocation("templates/" + file), "Run from the repository root, or point --templates at a folder with tdnet/."));
        return null;
    }

    public XbrlVocabulary Vocabulary { get; }

    public ReportModel Model => Vocabulary.Model;

    public SummaryForm Form { get; }

    public TseNames Names { get; }

    public SummaryPeriods Periods { get; }

    public TdnetPackage Package { get; }

    /// <summary>The summary's entry point's namespace (its schema declares no element; TDnet names it after the package).</summary>
    public string Namespace => Vocabulary.Namespace + "/" + Package.Stem;

    /// <summary>Every element of the summary (the form's items), with its type.</summary>
    public IEnumerable<SummaryElement> Elements => _elements.Values;

    /// <summary>The schemaRef of an Inline XBRL document in <paramref name="folder"/> (relative to the output folder).</summary>
    public string SchemaHref(string folder) => OutputPath.Relative(folder, Package.SchemaPath);

    /// <summary>Where a shown figure goes, or null when the figure is not in the summary (it has no "tdnet" element, or the form
    /// has no element for its change).</summary>
    /// <exception cref="XbrlMappingException">The figure is in the summary but TDnet has no name for the period (a three-month period).</exception>
    public SummaryFigure? Figure(string id, string periodKey, bool change)
    {
        if (!_figures.TryGetValue(id, out var mapping))
            return null;
        var element = change ? "ChangeIn" + mapping.Element : mapping.Element;
        if (change && !_elements.ContainsKey(element))
            return null;
        var period = Vocabulary.Dataset.Periods[periodKey];
        var context = FigureContext(id, mapping, period)
            ?? throw new XbrlMappingException(id, $"'{id}' is in the TDnet summary as {mapping.Element}, but TDnet names no context for period '{periodKey}' ({period.Label}).");
        return new SummaryFigure(element, context, change ? Vocabulary.ChangeUnitId : Vocabulary.UnitId(id)!);
    }

    /// <summary>The context of a form fact.</summary>
    public SummaryContext ContextOf(FormFact fact) => Context(Periods.Of(fact.Period), fact.Members);

    /// <summary>A context by id (one this summary has made).</summary>
    public SummaryContext Context(string id) => _contexts[id];

    /// <summary>What a correct rendering of the summary in <paramref name="folder"/> holds, shown with <paramref name="rounding"/>.</summary>
    public InlineExpectations Expectations(string folder, RoundingMode rounding)
    {
        var (elements, facts) = _expected.Value;
        return new InlineExpectations(SchemaHref(folder), Vocabulary.Namespace, elements, facts, rounding);
    }

    /// <summary>The elements and facts every summary is checked against, whatever its folder and rounding (worked out once:
    /// a build checks three summaries).</summary>
    private (IReadOnlySet<string> Elements, IReadOnlyDictionary<(string Element, string Context), (string UnitId, decimal? Value)> Facts) Expected()
    {
        var facts = FigureFacts();
        foreach (var fact in Form.Facts.Where(f => f.Value.Kind == FormValueKind.Quarter))
            facts[(fact.Element, ContextOf(fact).Id)] = (Vocabulary.ChangeUnitId, Periods.Quarter);
        return (_elements.Keys.ToHashSet(StringComparer.Ordinal), facts);
    }

    /// <summary>The facts a correct summary reports for the dataset's figures: (element, context id) → unit and value (null: nil).</summary>
    private Dictionary<(string Element, string Context), (string UnitId, decimal? Value)> FigureFacts()
    {
        var facts = new Dictionary<(string, string), (string, decimal?)>();
        foreach (var (id, mapping) in _figures)
            foreach (var period in Vocabulary.Dataset.Periods)
            {
                if (FigureContext(id, mapping, period) is not { } context)
                    continue;
                if (Vocabulary.Dataset.Concepts.TryGet(id, out var concept) && concept.Values.TryGetValue(period.Key, out var typed))
                    facts.TryAdd((mapping.Element, context.Id), (Vocabulary.UnitId(id)!, typed.Typed is null ? null : concept.BaseValue(period.Key)));
                else if (Model.Value(id, period.Key) is { } value && !Vocabulary.Dataset.Concepts.Contains(id))
                    facts.TryAdd((mapping.Element, context.Id), (Vocabulary.UnitId(id)!, value));
                if (_elements.ContainsKey("ChangeIn" + mapping.Element) && Model.ChangePercent(id, period.Key) is { } percent)
                    facts.TryAdd(("ChangeIn" + mapping.Element, context.Id), (Vocabulary.ChangeUnitId, percent / 100m));
            }
        return facts;
    }

    private static IEnumerable<(string Id, TdnetMapping Mapping)> Mapped(ReportDataset dataset) =>
        dataset.Concepts.Where(c => c.Tdnet is not null).Select(c => (c.Key, c.Tdnet!))
            .Concat(dataset.Measures.Where(m => m.Tdnet is not null).Select(m => (m.Key, m.Tdnet!)));

    private void Map(string id, TdnetMapping mapping)
    {
        if (!Form.Sections.Any(s => s.Items.Contains(mapping.Element)))
            throw new XbrlMappingException(id, $"'{id}' names the TDnet element '{mapping.Element}', which no section of {Form.File} reports.", mapping.Location);
        if (Form.Fact(mapping.Element) is not null)
            throw new XbrlMappingException(id, $"'{id}' names the TDnet element '{mapping.Element}', which {Form.File} fills from its own fact row.", mapping.Location);
        foreach (var member in mapping.Members.Where(m => !Form.IsMember(m)))
            throw new XbrlMappingException(id, $"'{id}' names the member '{member}', which is on none of the axes of {Form.File}.", mapping.Location);
        var source = Vocabulary.Element(id);
        foreach (var period in Vocabulary.Dataset.Periods.Where(p => Model.Value(id, p.Key) is not null || Vocabulary.Dataset.Concepts.TryGet(id, out var c) && c.Values.ContainsKey(p.Key)))
            if (Periods.Of(period) is not null && !Form.Admits(mapping.Element, Form.FigureMembers(mapping.Members, period.Scenario)))
                throw new XbrlMappingException(id, $"No section of {Form.File} reports {mapping.Element} with the members [{string.Join(", ", Form.FigureMembers(mapping.Members, period.Scenario))}] (period '{period.Key}').", mapping.Location);
        _figures[id] = mapping;
        Declare(new SummaryElement(mapping.Element, source.ItemType, source.PeriodType, source.Balance), id);
        if (Form.Sections.Any(s => s.Items.Contains("ChangeIn" + mapping.Element)))
            Declare(new SummaryElement("ChangeIn" + mapping.Element, "xbrli:pureItemType", source.PeriodType, null), id);
    }

    private void DeclareFacts()
    {
        foreach (var fact in Form.Facts)
        {
            var period = Periods.Of(fact.Period);
            Declare(new SummaryElement(fact.Element, fact.Value.ItemType, period.Start is null ? PeriodType.Instant : PeriodType.Duration, null), fact.Element);
        }
    }

    /// <summary>An element declared once: figures sharing it (an actual and a forecast concept) must agree on its type.</summary>
    private void Declare(SummaryElement element, string by)
    {
        if (Vocabulary.Elements.Concat(Vocabulary.ChangeElements).Any(e => e.Name == element.Name))
            throw new XbrlMappingException(by, $"The TDnet element '{element.Name}' is also the name of an element of the XBRL instance; give that concept or measure another \"xbrl\" name.");
        if (_elements.TryGetValue(element.Name, out var declared))
        {
            if (declared.ItemType != element.ItemType || declared.PeriodType != element.PeriodType)
                throw new XbrlMappingException(by, $"'{by}' makes the TDnet element '{element.Name}' a {element.ItemType} ({element.PeriodType}), another figure a {declared.ItemType} ({declared.PeriodType}).");
            if (declared.Balance is null && element.Balance is not null)
                _elements[element.Name] = declared with { Balance = element.Balance };
            return;
        }
        _elements[element.Name] = element;
    }

    private void CheckEveryItemHasFacts()
    {
        foreach (var section in Form.Sections)
            foreach (var item in section.Items.Where(i => !_elements.ContainsKey(i)))
                throw new XbrlMappingException(item, $"{Form.File} lists {item} in {section.Hypercube}, but no figure of the dataset names it in \"tdnet\" and the form has no fact row for it.", section.Location);
    }

    private SummaryContext? FigureContext(string id, TdnetMapping mapping, Period period) =>
        Periods.Of(period) is { } named ? Context(named, Form.FigureMembers(mapping.Members, period.Scenario)) : null;

    private SummaryContext Context(SummaryPeriod period, IReadOnlyList<string> members)
    {
        var ordered = Form.Ordered(members);
        var id = string.Join('_', ordered.Prepend(period.Name));
        return _contexts.GetOrAdd(id, _ => new SummaryContext(id, period, ordered.Select(m => (Form.AxisOf(m), m)).ToList()));
    }
}
