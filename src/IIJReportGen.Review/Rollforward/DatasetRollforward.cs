using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Model;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Review.Rollforward;

/// <summary>The --to period is not the dataset's current period some years on.</summary>
public sealed class RollforwardTargetException(string message) : Exception(message);

/// <summary>
/// Makes next period's dataset skeleton from this period's: periods and labels roll a year, this period's figures stay as the
/// comparatives, the new period has no values (validation lists each one to fill), and everything that describes the old
/// document is listed for review or dropped.
/// </summary>
/// <remarks>Works on the JSON tree, not the model, so every section keeps its keys, order and formatting.</remarks>
public static partial class DatasetRollforward
{
    /// <summary>Rolls <paramref name="dataset"/> (loaded from <paramref name="json"/>) forward so that <paramref name="to"/> is the current period.</summary>
    /// <exception cref="RollforwardTargetException"><paramref name="to"/> is not the current period key with its year advanced.</exception>
    public static RollforwardResult Roll(ReportDataset dataset, string json, string to)
    {
        var years = dataset.Periods.SelectMany(p => new[] { p.Start, p.End }).OfType<DateOnly>().Select(d => d.Year).ToList();
        var roll = YearRoll.Between(dataset.Report.Current, to, years.Min(), years.Max())
            ?? throw new RollforwardTargetException(
                $"'{to}' is not the current period '{dataset.Report.Current}' a year or more on (for example '{new YearRoll(1, years.Min(), years.Max()).Text(dataset.Report.Current)}').");
        var root = DatasetJson.Parse(json);
        var plan = PeriodPlan.Create(dataset, (JObject)root["periods"]!, roll);
        var flags = new List<ReviewFlag>();
        var mentions = new StaleMentions(dataset, plan, roll);
        RollReport((JObject)root["report"]!, plan, roll, dataset, flags);
        RollPolicies(root["policies"] as JObject, roll, flags);
        RollPeriods(root, plan, roll, flags);
        foreach (var values in (root["concepts"] as JObject)?.Properties().Select(p => p.Value["values"]).OfType<JObject>() ?? [])
            foreach (var stale in values.Properties().Where(p => !plan.Kept.Contains(p.Name)).ToList())
                stale.Remove();
        foreach (var measure in (root["measures"] as JObject)?.Properties().Select(p => p.Value).OfType<JObject>() ?? [])
            RollPinned(measure, "expression", plan);
        RollTables(root["tables"] as JObject, plan, roll);
        RollTieOuts(root["tieOuts"] as JArray, plan);
        if (root["asPublished"] is JArray { Count: > 0 } published)
        {
            flags.Add(new ReviewFlag("$.asPublished", $"Dropped {published.Count} figure(s) recorded as published in the {dataset.Report.Current} document; record the new document's figures once it is published.", []));
            published.Clear();
        }
        RollTexts(root["texts"] as JObject, plan, mentions, to, flags);
        MarkToReview(root, to, flags);
        return new RollforwardResult(dataset.Report.Current, to, DatasetJson.Write(root, json), flags);
    }

    private static void RollReport(JObject report, PeriodPlan plan, YearRoll roll, ReportDataset dataset, List<ReviewFlag> flags)
    {
        foreach (var name in new[] { "current", "quarter", "balanceSheet", "fiscalYear" })
            if (report[name] is JValue { Type: JTokenType.String } key)
                key.Value = plan.Roll((string)key!);
        var current = dataset.Periods[dataset.Report.Current];
        var currentEnd = current.End;
        var calendar = dataset.Report.Calendar;
        var uncovered = new SortedSet<int>();
        // The dates of the old period and after roll, so what the templates cite still resolves; one of the old period (an event
        // such as when the targets were announced) is flagged to confirm, and a date the exchange is closed on says so with the
        // next business day. A date before the old period is an event of a past period (a stock split): it keeps its day, and
        // the texts that cite it are named, to keep or drop.
        foreach (var date in (report["dates"] as JObject)?.Properties().ToList() ?? [])
        {
            var old = NumberText.ReadIsoDate((string)date.Value!);
            if (old <= current.OpeningDate)
            {
                var texts = CitedBy(dataset, date.Name);
                var citing = texts.Count > 0 ? $"the texts citing it ({string.Join(", ", texts)}) still apply, or remove them" : "it still matters, or remove it";
                flags.Add(new ReviewFlag("$." + date.Path, $"Kept {NumberText.IsoDate(old)}, an event before the {dataset.Report.Current} period: confirm {citing}.", []));
                continue;
            }
            var rolled = roll.Date(old);
            date.Value = NumberText.IsoDate(rolled);
            var what = old > currentEnd ? "confirm the date" : $"an event of the {dataset.Report.Current} period: confirm it happened again, or remove it and what cites it";
            flags.Add(new ReviewFlag("$." + date.Path, $"Rolled {NumberText.IsoDate(old)} to {NumberText.IsoDate(rolled)}: {what}.{calendar.ClosedDayNote(rolled)}", []));
            if (old > currentEnd && calendar.ListsHolidays && !calendar.Covers(rolled.Year))
                uncovered.Add(rolled.Year);
        }
        if (uncovered.Count > 0)
            flags.Add(new ReviewFlag("$.report.calendar.closed",
                $"The {calendar.Exchange} calendar lists no closed day of {string.Join(", ", uncovered)}, so the rolled dates of that year were checked against weekends only: extend it with the exchange's holidays of {string.Join(", ", uncovered)}.", []));
        foreach (var label in (report["labels"] as JObject)?.Properties().Where(p => p.Value.Type == JTokenType.String) ?? [])
        {
            var old = (string)label.Value!;
            var rolled = roll.Text(old);
            if (rolled == old)
                continue;
            label.Value = rolled;
            flags.Add(new ReviewFlag("$." + label.Path, $"Rolled to \"{rolled}\": check the wording.", []));
        }
    }

    /// <summary>The keys of the texts that cite the report date <paramref name="name"/> ({dates.NAME}).</summary>
    private static List<string> CitedBy(ReportDataset dataset, string name) =>
        dataset.Texts.Where(t => t.Paragraphs.SelectMany(TextReference.FindAll).Any(r => r.DateName == name)).Select(t => t.Key).ToList();

    private static void RollPolicies(JObject? policies, YearRoll roll, List<ReviewFlag> flags)
    {
        if (policies?["convenienceTranslation"] is not JObject convenience || convenience["date"] is not JValue { Type: JTokenType.String } date)
            return;
        var rolled = roll.Date(NumberText.ReadIsoDate((string)date!));
        date.Value = NumberText.IsoDate(rolled);
        flags.Add(new ReviewFlag("$.policies.convenienceTranslation.rate", $"Still last period's rate ({((JValue)convenience["rate"]!).ToString(CultureInfo.InvariantCulture)}): set the rate of {NumberText.IsoDate(rolled)}.", []));
    }

    private static void RollPeriods(JObject root, PeriodPlan plan, YearRoll roll, List<ReviewFlag> flags)
    {
        var periods = new JObject();
        foreach (var key in plan.Ordered)
            periods[key] = plan.Json(key, roll);
        root["periods"] = periods;
        if (plan.Dropped.Count > 0)
            flags.Add(new ReviewFlag("$.periods", $"Dropped {string.Join(", ", plan.Dropped)} with their values: no table, rule or text shows them any more.", []));
    }

    private static void RollTables(JObject? tables, PeriodPlan plan, YearRoll roll)
    {
        foreach (var table in tables?.Properties().Select(p => p.Value).OfType<JObject>() ?? [])
        {
            foreach (var column in (table["columns"] as JArray)?.OfType<JObject>() ?? [])
                foreach (var name in new[] { "period", "vs" })
                    if (column[name] is JValue { Type: JTokenType.String } period)
                        period.Value = plan.Roll((string)period!);
            var words = new[] { table["title"], table["subtitle"] }.Concat((table["lines"] as JArray)?.Select(l => l["label"]) ?? []);
            foreach (var value in words.OfType<JValue>().Where(v => v.Type == JTokenType.String))
                value.Value = RollWords((string)value!, plan, roll.Text);
        }
    }

    /// <summary>
    /// Words of the new period: references name the rolled periods, and the words between them roll by <paramref name="rollWords"/>
    /// (a heading's years: "Fiscal Year Ending March 31, 2014" → "… 2015"; a text's period words only: "for 1H12" → "for 1H13").
    /// </summary>
    private static string RollWords(string text, PeriodPlan plan, Func<string, string> rollWords)
    {
        var rolled = new StringBuilder();
        var last = 0;
        foreach (var reference in TextReference.FindAll(text))
        {
            rolled.Append(rollWords(text[last..reference.Index]))
                .Append(reference.DateName is not null ? reference.Placeholder
                    : reference.Placeholder.Replace("@" + reference.Period, "@" + plan.Roll(reference.Period), StringComparison.Ordinal));
            last = reference.Index + reference.Placeholder.Length;
        }
        return rolled.Append(rollWords(text[last..])).ToString();
    }

    private static void RollTieOuts(JArray? tieOuts, PeriodPlan plan)
    {
        foreach (var tieOut in tieOuts?.OfType<JObject>() ?? [])
        {
            RollPinned(tieOut, "rule", plan);
            foreach (var period in (tieOut["periods"] as JArray)?.OfType<JValue>() ?? [])
                period.Value = plan.Roll((string)period!);
        }
    }

    /// <summary>Id@PERIOD in an expression names the rolled period (Id@start and Id@end are relative and stay).</summary>
    private static void RollPinned(JObject owner, string name, PeriodPlan plan)
    {
        if (owner[name] is JValue { Type: JTokenType.String } expression)
            expression.Value = Pinned().Replace((string)expression!, m => "@" + plan.Roll(m.Groups["key"].Value));
    }

    /// <summary>Figure references move to the rolled periods and the words that name a period or a dataset date become references
    /// ("for 1H12" → "for {@1H13|short}"); a text that named the old period is listed for review.</summary>
    private static void RollTexts(JObject? texts, PeriodPlan plan, StaleMentions mentions, string to, List<ReviewFlag> flags)
    {
        foreach (var text in texts?.Properties() ?? [])
        {
            var found = new List<string>();
            var strings = text.Value is JContainer container ? container.DescendantsAndSelf() : [text.Value];
            foreach (var value in strings.OfType<JValue>().Where(v => v.Type == JTokenType.String).ToList())
            {
                var old = (string)value!;
                found.AddRange(mentions.In(old));
                value.Value = RollWords(old, plan, mentions.ReferPeriodWords);
            }
            if (found.Count > 0)
                flags.Add(new ReviewFlag("$." + text.Path, $"Mentions the old period: rewrite it for {to}.", found.Distinct(StringComparer.Ordinal).ToList()));
        }
    }

    /// <summary>Every text was written for the old document, so none stays reviewed: <c>reviewed</c> is emptied and validation lists each.</summary>
    private static void MarkToReview(JObject root, string to, List<ReviewFlag> flags)
    {
        var texts = (root["texts"] as JObject)?.Count ?? 0;
        if (texts == 0)
            return;
        root["reviewed"] = new JObject();
        flags.Add(new ReviewFlag("$.reviewed", $"All {texts} text(s) are to review for {to} (validation lists each as VAL012); 'iijreport review' marks them once read or rewritten.", []));
    }

    [GeneratedRegex(@"@(?<key>[A-Za-z0-9_-]+)")]
    private static partial Regex Pinned();
}
