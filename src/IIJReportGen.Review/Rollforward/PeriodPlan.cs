using IIJReportGen.Dataset.Expressions;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Review.Rollforward;

/// <summary>
/// The periods of the rolled dataset: every period moved a year on (1H12 → 1H13, 1H13 → 1H14 …), keeping only those the
/// rolled tables, rules and texts still show or compare with. A key that exists in both keeps its facts and its
/// definition (last year's current figures become this year's comparatives); only its label and short name are taken from
/// the period that rolls onto it, so "Fiscal Year Ending March 31, 2014" becomes "… Ended …" as the year before put it.
/// </summary>
internal sealed class PeriodPlan
{
    private readonly Dictionary<string, string> _rolledKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Candidate> _candidates = new(StringComparer.Ordinal);

    private PeriodPlan(ReportDataset dataset, JObject periods, YearRoll roll)
    {
        foreach (var period in dataset.Periods)
            _rolledKey[period.Key] = roll.Text(period.Key);
        foreach (var period in dataset.Periods)
        {
            var json = (JObject)periods[period.Key]!;
            var key = Roll(period.Key);
            _candidates[key] = dataset.Periods.TryGet(key, out var existing)
                ? new Candidate(existing, (JObject)periods[key]!, false, json)
                : new Candidate(Rolled(period, roll), json, true, null);
        }
        foreach (var period in dataset.Periods.Where(p => !_candidates.ContainsKey(p.Key)))
            _candidates[period.Key] = new Candidate(period, (JObject)periods[period.Key]!, false, null);
        Kept = Required(dataset).Where(_candidates.ContainsKey).ToHashSet(StringComparer.Ordinal);
        Ordered = dataset.Periods.SelectMany(p => new[] { p.Key, Roll(p.Key) }).Where(Kept.Contains).Distinct(StringComparer.Ordinal).ToList();
        Dropped = dataset.Periods.Keys.Where(k => !Kept.Contains(k)).ToList();
    }

    /// <summary>The period keys of the rolled dataset, in order.</summary>
    public IReadOnlyList<string> Ordered { get; }

    public IReadOnlySet<string> Kept { get; }

    /// <summary>Old period keys no longer shown: they go, with their facts.</summary>
    public IReadOnlyList<string> Dropped { get; }

    public static PeriodPlan Create(ReportDataset dataset, JObject periods, YearRoll roll) => new(dataset, periods, roll);

    /// <summary>The key a period of the old dataset rolls to.</summary>
    public string Roll(string key) => _rolledKey.TryGetValue(key, out var rolled) ? rolled : key;

    /// <summary>The JSON of a period of the rolled dataset: moved a year on if it is new, its comparative only if still kept.</summary>
    public JObject Json(string key, YearRoll roll)
    {
        var candidate = _candidates[key];
        var json = (JObject)candidate.Json.DeepClone();
        if (candidate.Rolled)
            foreach (var name in new[] { "start", "end", "date" })
                if (json[name] is JValue { Type: JTokenType.String } value)
                    value.Value = NumberText.IsoDate(roll.Date(NumberText.ReadIsoDate((string)value!)));
        var names = candidate.Rolled ? json : candidate.Predecessor;
        foreach (var name in new[] { "label", "short" })
            if (names?[name] is JValue { Type: JTokenType.String } value)
                json[name] = roll.Text((string)value!);
        if (candidate.Period.Comparative is { } comparative && Kept.Contains(comparative))
            json["comparative"] = comparative;
        else
            json.Remove("comparative");
        return json;
    }

    private Period Rolled(Period period, YearRoll roll) => period with
    {
        Key = Roll(period.Key),
        Start = period.Start is { } start ? roll.Date(start) : null,
        End = roll.Date(period.End),
        Comparative = period.Comparative is { } comparative ? Roll(comparative) : null,
    };

    /// <summary>Every period the rolled dataset refers to: the report's, the tables' columns (and what they compare with), rules and texts.</summary>
    private IEnumerable<string> Required(ReportDataset dataset)
    {
        var report = dataset.Report;
        foreach (var key in new[] { report.Current, report.Quarter, report.BalanceSheet, report.FiscalYear }.OfType<string>())
            yield return Roll(key);
        foreach (var table in dataset.Tables)
        {
            var lines = dataset.LinesOf(table);
            // Subtitles and line labels cite periods too: "(As of {@FY2012-end|date} and …)", "… of JPY {Allowance@1H13-end|thousands} thousand".
            foreach (var reference in new[] { table.Title, table.Subtitle }.Concat(lines.Select(l => l.Label)).OfType<string>().SelectMany(TextReference.FindAll))
                yield return Roll(reference.Period);
            foreach (var column in table.Columns)
            {
                var period = Roll(column.Period);
                yield return period;
                if (column.Vs is { } vs)
                    yield return Roll(vs);
                else if (column.Measure.Compares() && ComparativeOf(period) is { } comparative)
                    yield return comparative;
                foreach (var at in lines.Select(l => l.At).Where(a => a != LineInstant.None).Distinct())
                    if (InstantOn(period, at) is { } instant)
                        yield return instant;
            }
        }
        foreach (var tieOut in dataset.TieOuts)
            foreach (var key in (tieOut.Periods ?? []).Concat(Pinned(tieOut.Left)).Concat(Pinned(tieOut.Right)))
                yield return Roll(key);
        foreach (var key in dataset.Measures.SelectMany(m => Pinned(m.Expression)))
            yield return Roll(key);
        foreach (var text in dataset.Texts)
            foreach (var reference in text.Paragraphs.SelectMany(TextReference.FindAll).Where(r => r.DateName is null))
            {
                var period = Roll(reference.Period);
                yield return period;
                if (reference.Form is { Compares: true } && ComparativeOf(period) is { } comparative)
                    yield return comparative;
            }
    }

    /// <summary>The comparative of a period of the rolled dataset, which a change shown for that period needs.</summary>
    private string? ComparativeOf(string key) => _candidates.TryGetValue(key, out var candidate) ? candidate.Period.Comparative : null;

    private static IEnumerable<string> Pinned(Expression expression) =>
        expression.References().Where(r => r.Selector == PeriodSelector.Fixed).Select(r => r.PeriodKey!);

    /// <summary>The actual instant at the opening or closing date of a candidate duration (beginning and ending cash).</summary>
    private string? InstantOn(string key, LineInstant at)
    {
        if (!_candidates.TryGetValue(key, out var candidate))
            return null;
        var date = at == LineInstant.Start ? candidate.Period.OpeningDate : candidate.Period.End;
        return _candidates.Values
            .Where(c => c.Period is { Type: PeriodType.Instant, Scenario: Scenario.Actual } && c.Period.End == date)
            .Select(c => c.Period.Key)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>A period of the rolled dataset: its typed form, the JSON it is written from, whether it is new (moved a year on),
    /// and for a kept key the old period that rolls onto it.</summary>
    private sealed record Candidate(Period Period, JObject Json, bool Rolled, JObject? Predecessor);
}
