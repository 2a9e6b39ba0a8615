using IIJReportGen.Dataset.Expressions;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Xhtml;

namespace IIJReportGen.Xbrl;

/// <summary>The names of the XBRL instance — elements, contexts, units — and the namespace, units and entity the TDnet summary
/// (<see cref="Tdnet.TdnetSummary"/>) shares with it.</summary>
/// <remarks>Everything is derived from the dataset alone, in document order, so the same dataset always yields the same names.</remarks>
public sealed class XbrlVocabulary
{
    /// <summary>The prefix of the generated taxonomy's namespace in every file we write.</summary>
    public const string Prefix = "iij";

    private readonly Dictionary<string, XbrlElement> _elements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XbrlElement> _changes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XbrlContext> _contexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XbrlUnit> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unitIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _headings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    // The decimals of a ratio or a change are those of the % it is shown as (one place → a ratio to three).
    private readonly Presentation _presentation;

    /// <summary>Names everything from the build's one model (its dataset and derived figures).</summary>
    /// <exception cref="XbrlMappingException">The dataset cannot be expressed in XBRL (duplicate element names, a concept with mixed period types).</exception>
    public XbrlVocabulary(ReportModel model)
    {
        var dataset = model.Dataset;
        Dataset = dataset;
        Model = model;
        _presentation = Presentation.For(Model, document: null);
        var reportEnd = dataset.Periods.TryGet(dataset.Report.Current, out var current) ? current.End : dataset.Periods.Max(p => p.End);
        var date = NumberText.IsoDate(reportEnd);
        var company = XbrlNaming.Sanitize(dataset.Company.ShortName.ToLowerInvariant());
        Namespace = dataset.Company.Url is { Length: > 0 } url
            ? $"{url.TrimEnd('/')}/xbrl/{company}/{date}"
            : $"urn:x-iijreportgen:{company}:{date}";
        FileStem = $"{company}-{date}";
        NameContexts();
        NameUnits();
        NameElements();
        NameChanges();
        NameHeadings();
    }

    public ReportDataset Dataset { get; }

    /// <summary>The figures (facts, measures, changes) the vocabulary was built from.</summary>
    public ReportModel Model { get; }

    /// <summary>Our taxonomy namespace: the company's URL (or a URN), its short name and the report date.</summary>
    public string Namespace { get; }

    /// <summary>The common stem of every file of the filing, e.g. "iij-2013-09-30".</summary>
    public string FileStem { get; }

    /// <summary>The full entry point's file name, which the XBRL instance refers to.</summary>
    public string SchemaFileName => FileStem + ".xsd";

    /// <summary>The core schema's file name: roles and elements, imported by every entry point.</summary>
    public string CoreSchemaFileName => FileStem + "-core.xsd";

    /// <summary>The id of the pure unit when the dataset declares none.</summary>
    public const string PureUnitId = "Pure";

    /// <summary>The unit of every change and ratio (the dataset's pure unit, or <see cref="PureUnitId"/>).</summary>
    public string ChangeUnitId { get; private set; } = PureUnitId;

    /// <summary>Elements of concepts and measures, in dataset order.</summary>
    public IEnumerable<XbrlElement> Elements => _elements.Values;

    /// <summary>Elements of derived year-on-year changes, in the order their tables show them.</summary>
    public IEnumerable<XbrlElement> ChangeElements => _changes.Values;

    /// <summary>Every context, in dataset period order.</summary>
    public IEnumerable<XbrlContext> Contexts => _contexts.Values;

    /// <summary>Every unit the elements use.</summary>
    public IEnumerable<XbrlUnit> Units => _units.Values;

    /// <summary>The element of a concept or measure.</summary>
    public XbrlElement Element(string conceptOrMeasureId) =>
        _elements.TryGetValue(conceptOrMeasureId, out var element)
            ? element
            : throw new KeyNotFoundException($"'{conceptOrMeasureId}' is neither a concept nor a measure of the dataset.");

    /// <summary>The element local name of a concept or measure, e.g. "TotalRevenues".</summary>
    public string ElementName(string conceptOrMeasureId) => Element(conceptOrMeasureId).Name;

    /// <summary>The element of the year-on-year change of a figure, when a table shows that change; else null.</summary>
    public XbrlElement? ChangeElement(string conceptOrMeasureId) => _changes.GetValueOrDefault(conceptOrMeasureId);

    /// <summary>The elements named <paramref name="name"/> ("TotalRevenues", or prefixed "iij:TotalRevenues"): a figure's own, or the year-on-year
    /// change of a figure (a reported change shares its element with the figure's derived change, so a name may have both).</summary>
    public IReadOnlyList<XbrlElement> ElementsNamed(string name)
    {
        var local = name.StartsWith(Prefix + ":", StringComparison.Ordinal) ? name[(Prefix.Length + 1)..] : name;
        return [.. _elements.Values.Concat(_changes.Values).Where(e => e.Name == local)];
    }

    /// <summary>The element name of a figure's year-on-year change (e.g. "ChangeInTotalRevenues"), when a table shows it; else null.</summary>
    public string? ChangeElementName(string conceptOrMeasureId) => ChangeElement(conceptOrMeasureId)?.Name;

    /// <summary>The context of a period, e.g. "CurrentYTDDuration".</summary>
    public XbrlContext Context(string periodKey) =>
        _contexts.TryGetValue(periodKey, out var context)
            ? context
            : throw new KeyNotFoundException($"'{periodKey}' is not a period of the dataset.");

    /// <summary>The context id of a period: a role name for the report's own periods, "Period_…"/"Forecast_…" for the others.</summary>
    public string ContextId(string periodKey) => Context(periodKey).Id;

    /// <summary>The unit id of a concept or measure ("JPY", "JPYPerShares", "Shares", "Pure"); null for a non-numeric item.</summary>
    public string? UnitId(string conceptOrMeasureId) => Element(conceptOrMeasureId).UnitId;

    /// <summary>The unit with the given id.</summary>
    public XbrlUnit Unit(string unitId) => _units[unitId];

    /// <summary>The element that marks a forecast context's scenario (XBRL 2.1 §4.7.4), e.g. &lt;iij:ForecastScenario/&gt;.</summary>
    public string ForecastScenarioName { get; private set; } = "";

    /// <summary>The entity identifier of every context: the TSE code (or another listing, or the short name) and its scheme.</summary>
    /// <remarks>The TSE scheme identifies a company by its five-digit securities code (3774 → 37740), as TDnet's filings do.</remarks>
    public (string Scheme, string Identifier) Entity => Dataset.Company.Listings.OrderBy(l => l.Exchange == "TSE" ? 0 : 1).FirstOrDefault() is { } listing
        ? (listing.Exchange == "TSE" ? (Tdnet.SecuritiesCode.Scheme, Tdnet.SecuritiesCode.FiveDigits(listing.Code)) : ("urn:x-listing:" + XbrlNaming.Sanitize(listing.Exchange), listing.Code))
        : (Namespace, Dataset.Company.ShortName);

    /// <summary>The prefixes an Inline XBRL document declares on its root so that every fact, context and unit QName resolves.</summary>
    public IReadOnlyList<(string Prefix, string Namespace)> InlineNamespaces =>
    [
        ("ix", XhtmlNamespaces.InlineXbrl), ("ixt", XbrlNamespaces.Ixt), ("xbrli", XbrlNamespaces.Xbrli), ("link", XbrlNamespaces.Link),
        ("xlink", XbrlNamespaces.XLink), ("iso4217", XbrlNamespaces.Iso4217), (Prefix, Namespace),
    ];

    /// <summary>XBRL decimals of the base value: the typed precision less the scale (thousands of JPY → -3).</summary>
    public int Decimals(string conceptOrMeasureId) => Element(conceptOrMeasureId).Decimals;

    /// <summary>The abstract heading element that roots a table's presentation tree.</summary>
    public string HeadingName(string tableKey) => _headings[tableKey];

    /// <summary>The heading of the presentation tree for figures that no table shows.</summary>
    public string OtherFiguresHeading => _headings[""];

    private void NameContexts()
    {
        var report = Dataset.Report;
        var roles = new List<(string? Key, string Role)>
        {
            (report.Current, "CurrentYTD"), (Comparative(report.Current), "PriorYTD"),
            (report.Quarter, "CurrentQuarter"), (Comparative(report.Quarter), "PriorQuarter"),
            (report.BalanceSheet, "Current"), (Comparative(report.BalanceSheet), "Prior"),
        };
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, role) in roles)
            if (key is not null && Dataset.Periods.TryGet(key, out var period) && period.Scenario == Scenario.Actual)
                byKey.TryAdd(key, role + (period.Type == PeriodType.Instant ? "Instant" : "Duration"));
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var period in Dataset.Periods)
        {
            var name = byKey.GetValueOrDefault(period.Key)
                ?? (period.Scenario == Scenario.Forecast ? "Forecast_" : "Period_") + XbrlNaming.Sanitize(period.Key);
            _contexts[period.Key] = new XbrlContext(XbrlNaming.Unique(name, taken), period);
        }
    }

    private string? Comparative(string? key) =>
        key is not null && Dataset.Periods.TryGet(key, out var period) ? period.Comparative : null;

    private void NameUnits()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in Dataset.Units)
        {
            var id = UnitIdOf(unit);
            if (!taken.Add(id))
                throw new XbrlMappingException(unit.Key, $"Units '{unit.Key}' and another unit both map to the XBRL unit id '{id}'.");
            _unitIds[unit.Key] = id;
            _units[id] = new XbrlUnit(id, MeasuresOf(unit, numerator: true), MeasuresOf(unit, numerator: false));
        }
    }

    private string UnitIdOf(Unit unit)
    {
        if (unit.Numerator is { } numerator && unit.Denominator is { } denominator)
            return UnitIdOf(Dataset.Units[numerator]) + "Per" + UnitIdOf(Dataset.Units[denominator]);
        if (unit.Xbrl is { } qname)
        {
            var local = qname[(qname.IndexOf(':') + 1)..];
            return char.ToUpperInvariant(local[0]) + local[1..];
        }
        return XbrlNaming.Pascal(unit.Key);
    }

    private IReadOnlyList<string> MeasuresOf(Unit unit, bool numerator)
    {
        if (unit.Numerator is { } num && unit.Denominator is { } den)
            return MeasuresOf(Dataset.Units[numerator ? num : den], numerator: true);
        if (!numerator)
            return [];
        // A unit with no standard QName (contracts, Gbps) is measured in our own namespace, which XBRL 2.1 §4.8.2 allows.
        return [unit.Xbrl ?? Prefix + ":" + XbrlNaming.Sanitize(unit.Key)];
    }

    private void NameElements()
    {
        foreach (var concept in Dataset.Concepts)
        {
            var periodType = PeriodTypeOf(concept.Key, concept.Values.Keys);
            // A reported change is typed in percent; XBRL reports it as a ratio (8.3 → 0.083), two decimals finer.
            var decimals = concept.Kind == ConceptKind.ReportedChange ? concept.BaseDecimals + 2 : concept.BaseDecimals;
            Add(concept.Key, new XbrlElement(concept.Key, concept.Xbrl, XbrlFigureKind.Fact, ItemTypeOf(concept.Unit), periodType,
                BalanceOf(concept.Unit, concept.Balance), _unitIds[concept.Unit], decimals, concept.Label, concept.LabelJa, null));
        }
        foreach (var measure in Dataset.Measures)
        {
            var periods = Dataset.Periods.Where(p => Model.Value(measure.Key, p.Key) is not null).Select(p => p.Key).ToList();
            var periodType = periods.Count > 0 ? Dataset.Periods[periods[0]].Type : PeriodType.Duration;
            Add(measure.Key, new XbrlElement(measure.Key, measure.Xbrl ?? measure.Key, XbrlFigureKind.Measure, ItemTypeOf(measure.Unit), periodType,
                null, _unitIds[measure.Unit], MeasureDecimals(measure, []), measure.Label, null,
                "Derived by IIJReportGen: " + Unparenthesized(measure.Expression.ToString())));
        }
    }

    private void Add(string id, XbrlElement element)
    {
        if (!XbrlNaming.IsNcName(element.Name))
            throw new XbrlMappingException(id, $"'{id}' maps to the XBRL element name '{element.Name}', which is not a valid XML name.");
        if (!_names.Add(element.Name))
            throw new XbrlMappingException(id, $"'{id}' maps to the XBRL element name '{element.Name}', which another concept or measure already uses; give it its own \"xbrl\" name.");
        _elements[id] = element;
    }

    private PeriodType PeriodTypeOf(string id, IEnumerable<string> periodKeys)
    {
        var types = periodKeys.Where(Dataset.Periods.Contains).Select(k => Dataset.Periods[k].Type).Distinct().ToList();
        if (types.Count > 1)
            throw new XbrlMappingException(id, $"Concept '{id}' has values for both durations and instants; an XBRL element has one period type, so split it into two concepts.");
        return types.Count == 1 ? types[0] : PeriodType.Duration;
    }

    private string ItemTypeOf(string unitKey)
    {
        var unit = Dataset.Units[unitKey];
        return unit.Xbrl switch
        {
            "xbrli:shares" => "xbrli:sharesItemType",
            "xbrli:pure" => "xbrli:pureItemType",
            _ when unit.IsMonetary => "xbrli:monetaryItemType",
            _ => "xbrli:decimalItemType",
        };
    }

    /// <summary>XBRL 2.1 §5.1.1.2 allows a balance only on monetary items.</summary>
    private string? BalanceOf(string unitKey, string? balance) => Dataset.Units[unitKey].IsMonetary ? balance : null;

    /// <summary>A measure's decimals: declared; else a sum or difference is as precise as its least precise operand, a ratio as precise as a % shown by policy.</summary>
    private int MeasureDecimals(Measure measure, HashSet<string> visiting)
    {
        if (measure.Decimals is { } declared)
            return declared;
        if (Dataset.Units[measure.Unit].Xbrl == "xbrli:pure")
            return _presentation.XbrlDecimals(measure.Key, FigureForm.Percent);
        if (!IsAdditive(measure.Expression) || !visiting.Add(measure.Key))
            return 0;
        var operands = measure.Expression.References().Select(r => Dataset.Concepts.TryGet(r.Id, out var c)
            ? c.BaseDecimals
            : MeasureDecimals(Dataset.Measures[r.Id], visiting)).ToList();
        return operands.Count > 0 ? operands.Min() : 0;
    }

    private static bool IsAdditive(Expression expression) => expression switch
    {
        Reference => true,
        Negation negation => IsAdditive(negation.Operand),
        Binary { Operator: '+' or '-' } binary => IsAdditive(binary.Left) && IsAdditive(binary.Right),
        _ => false,
    };

    private static string Unparenthesized(string text) =>
        text.Length > 1 && text[0] == '(' && text[^1] == ')' ? text[1..^1] : text;

    private void NameChanges()
    {
        var pure = Dataset.Units.FirstOrDefault(u => u.Xbrl == "xbrli:pure" && u.Numerator is null);
        var pureId = pure is null ? PureUnitId : _unitIds[pure.Key];
        ChangeUnitId = pureId;
        // Facts name only the units they use, so a pure unit no fact uses is never written.
        if (pure is null)
            _units.TryAdd(PureUnitId, new XbrlUnit(PureUnitId, ["xbrli:pure"], []));
        var reportedChanges = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var concept in Dataset.Concepts.Where(c => c.Kind == ConceptKind.ReportedChange && c.ChangeOf is not null))
            reportedChanges.TryAdd(concept.ChangeOf!, concept.Key);
        foreach (var table in Dataset.Tables.Where(t => t.Columns.Any(c => c.Measure == Derivation.YoyPercent)))
            foreach (var line in Dataset.LinesOf(table).Where(l => l.Concept is not null && l.At == LineInstant.None))
            {
                var id = line.Concept!;
                if (_changes.ContainsKey(id) || !_elements.TryGetValue(id, out var of))
                    continue;
                var name = "ChangeIn" + of.Name;
                // The concept that reports this change for other periods (kind reportedChange) shares its element, as TSE's ChangeIn… elements do.
                if (reportedChanges.TryGetValue(id, out var reported))
                {
                    _changes[id] = _elements[reported] with { Kind = XbrlFigureKind.Change, Id = id };
                    continue;
                }
                if (!_names.Add(name))
                    throw new XbrlMappingException(id, $"The change of '{id}' would be the element '{name}', which a concept or measure already uses.");
                _changes[id] = new XbrlElement(id, name, XbrlFigureKind.Change, "xbrli:pureItemType", of.PeriodType, null, pureId, _presentation.XbrlDecimals(id, FigureForm.YoyPercent),
                    "Change in " + of.Label, of.LabelJa is null ? null : of.LabelJa + " 増減率",
                    $"Derived by IIJReportGen: ({id} - {id} of the comparative period) / {id} of the comparative period, where that base is positive.");
            }
    }

    private void NameHeadings()
    {
        foreach (var table in Dataset.Tables.Where(t => t.LinesFrom is null))
            _headings[table.Key] = HeadingOf(XbrlNaming.Pascal(table.Key) + "Heading");
        _headings[""] = HeadingOf("OtherFiguresHeading");
        ForecastScenarioName = HeadingOf("ForecastScenario");
    }

    private string HeadingOf(string name) => XbrlNaming.Unique(char.IsAsciiLetter(name[0]) ? name : "T" + name, _names);
}
