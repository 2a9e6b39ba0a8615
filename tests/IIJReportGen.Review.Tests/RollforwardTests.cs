using IIJReportGen.Tests.Shared;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Review.Rollforward;
using IIJReportGen.Validation;
using Newtonsoft.Json.Linq;

namespace IIJReportGen.Review.Tests;

public sealed partial class RollforwardTests
{
    private const string To = "1H14";

    private static readonly ReportDataset Old = DatasetLoader.Load(RepositoryPaths.BundledDataset).Dataset!;

    private static RollforwardResult Roll() => DatasetRollforward.Roll(Old, File.ReadAllText(RepositoryPaths.BundledDataset), To);

    private static ReportDataset Load(RollforwardResult result)
    {
        var load = DatasetLoader.Parse(Encoding.UTF8.GetBytes(result.Json), "rolled.json");
        return load.Diagnostics.HasErrors || load.Dataset is null
            ? throw new InvalidOperationException("The rolled dataset does not load:\n" + string.Join("\n", load.Diagnostics.Take(5)))
            : load.Dataset;
    }

    [Fact]
    public void The_skeleton_loads_and_its_only_errors_are_the_new_figures_to_fill_and_the_texts_to_review()
    {
        var findings = DatasetValidator.Validate(Load(Roll())).Diagnostics;
        var oldModel = new ReportModel(Old);

        var toReview = findings.Where(f => f.Code == ValidationCodes.TextNotReviewed).ToList();
        Assert.Equal(Old.Texts.Select(t => $"Text '{t.Key}' is to review: it has not been reviewed."), toReview.Select(f => f.Message));
        Assert.All(toReview, f => Assert.Equal(Diagnostics.Severity.Error, f.Severity));
        var errors = findings.Where(f => f.Severity == Diagnostics.Severity.Error && f.Code != ValidationCodes.TextNotReviewed).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.Equal(ValidationCodes.MissingFact, e.Code);
            var cell = MissingCell().Match(e.Message);
            var cited = MissingCitation().Match(e.Message);
            Assert.True(cell.Success || cited.Success, e.Message);
            if (cell.Success)
                Assert.Matches(@"^\$\.tables\..*\.lines\[\d+\]$", e.Location!.Path);
            // Nothing the old dataset had a value for is reported missing: only what the new period has to add.
            var missing = cell.Success ? cell : cited;
            Assert.Null(oldModel.Value(missing.Groups["id"].Value, missing.Groups["period"].Value));
        });
        // Line labels and texts cite the new period's figures, which are to fill like the cells.
        Assert.Contains(errors, e => e.Message.StartsWith("Table 'balance-sheet' cites {AllowanceForDoubtfulAccountsReceivable@1H14-end|thousands}", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.StartsWith("Text 'reason.cash-flows.financing' cites {ProceedsFromIssuanceOfCommonStock@1H14|millions}", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains($"'TotalRevenues' for {To},", StringComparison.Ordinal));
        // Texts still to confirm keep their "confirm" mark in the skeleton, so they are listed (VAL011) until someone confirms them.
        Assert.Equal(Old.Texts.Where(t => t.ToConfirm is not null).Select(t => $"$.texts['{t.Key}']").Order(StringComparer.Ordinal),
            findings.Where(f => f.Code == ValidationCodes.TextToConfirm).Select(f => f.Location!.Path).Order(StringComparer.Ordinal));
        Assert.All(findings.Where(f => f.Severity == Diagnostics.Severity.Warning),
            w => Assert.Contains(w.Code, new[] { ValidationCodes.RoundingFooting, ValidationCodes.TieOutNeverApplies, ValidationCodes.TextToConfirm, ValidationCodes.DateOnClosedDay }));
    }

    [Fact]
    public void Every_carried_over_text_is_marked_to_review_in_the_dataset_itself()
    {
        Assert.Equal(Old.Texts.Count, Old.Reviewed.Count);
        var result = Roll();

        Assert.Empty(Load(result).Reviewed);
        Assert.Empty((JObject)JObject.Parse(result.Json)["reviewed"]!);
        Assert.Contains(result.Flags, f => f.Path == "$.reviewed" && f.Reason.Contains($"All {Old.Texts.Count} text(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Periods_roll_a_year_and_the_old_current_figures_become_the_comparatives()
    {
        var rolled = Load(Roll());
        var oldCurrent = Old.Periods[Old.Report.Current];
        var current = rolled.Periods[To];

        Assert.Equal(To, rolled.Report.Current);
        Assert.Equal((oldCurrent.Start!.Value.AddYears(1), oldCurrent.End.AddYears(1)), (current.Start!.Value, current.End));
        Assert.Equal(oldCurrent.Key, current.Comparative);
        Assert.Equal(oldCurrent.Label.Replace("2013", "2014", StringComparison.Ordinal), current.Label);
        Assert.DoesNotContain(To, rolled.Concepts["TotalRevenues"].Values.Keys);
        Assert.Equal(Old.Concepts["TotalRevenues"].Values[oldCurrent.Key].Typed, rolled.Concepts["TotalRevenues"].Values[oldCurrent.Key].Typed);
        Assert.All(rolled.Tables["income-statement"].Columns, c => Assert.Contains(c.Period, new[] { oldCurrent.Key, To }));
        Assert.Empty(rolled.AsPublished);
    }

    [Fact]
    public void Every_report_date_of_the_period_and_after_rolls_a_year_flagged_to_confirm_and_a_closed_day_is_said()
    {
        var result = Roll();
        var rolled = Load(result);
        var end = Old.Periods[Old.Report.Current].End;

        var start = Old.Periods[Old.Report.Current].Start!.Value;
        foreach (var (name, date) in Old.Report.Dates)
        {
            // An event before the period keeps its day (see An_event_date_of_a_past_period_is_kept…).
            Assert.Equal(date < start ? date : date.AddYears(1), rolled.Report.Dates[name]);
            var flag = Assert.Single(result.Flags, f => f.Path == $"$.report.dates.{name}");
            Assert.Equal(date >= start && date <= end, flag.Reason.Contains("an event of the 1H13 period", StringComparison.Ordinal));
        }
        // The dates the templates cite are all there: "(announced on …)" needs targetsAnnounced.
        Assert.Equal(Old.Report.Dates.Keys, rolled.Report.Dates.Keys);
        Assert.Equal(DayOfWeek.Saturday, rolled.Report.Dates["release"].DayOfWeek);
        Assert.EndsWith("2014-11-08 is a Saturday: the next business day is 2014-11-10.", result.Flags.Single(f => f.Path == "$.report.dates.release").Reason, StringComparison.Ordinal);
        Assert.All(result.Flags.Where(f => f.Path.StartsWith("$.report.dates.", StringComparison.Ordinal)),
            f => Assert.Equal(rolled.Report.Calendar.Closure(rolled.Report.Dates[f.Path["$.report.dates.".Length..]]) is not null, f.Reason.Contains("the next business day is", StringComparison.Ordinal)));
        // The calendar is data of the dataset and stays as it is: its years cover the rolled dates.
        Assert.Equal(Old.Report.Calendar.Closed, rolled.Report.Calendar.Closed);
        Assert.DoesNotContain(result.Flags, f => f.Path == "$.report.calendar.closed");
        Assert.Equal(Old.Policies.Convenience.Date.AddYears(1), rolled.Policies.Convenience.Date);
        Assert.Contains(result.Flags, f => f.Path == "$.policies.convenienceTranslation.rate");
    }

    [Fact]
    public void A_date_rolled_onto_a_TSE_holiday_is_flagged_with_its_name_and_the_next_business_day()
    {
        // 2013-11-24 is a Sunday; a year on it is the substitute holiday for Labor Thanksgiving Day (2014-11-24, a Monday).
        var json = File.ReadAllText(RepositoryPaths.BundledDataset).Replace("\"quarterlyReportFiling\": \"2013-11-14\"", "\"quarterlyReportFiling\": \"2013-11-24\"", StringComparison.Ordinal);
        var result = DatasetRollforward.Roll(DatasetLoader.Parse(Encoding.UTF8.GetBytes(json), "old.json").Dataset!, json, To);

        Assert.EndsWith("Rolled 2013-11-24 to 2014-11-24: confirm the date. 2014-11-24 is a TSE holiday (Labor Thanksgiving Day (substitute holiday)): the next business day is 2014-11-25.",
            result.Flags.Single(f => f.Path == "$.report.dates.quarterlyReportFiling").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roll_into_a_year_the_calendar_does_not_cover_asks_to_extend_it()
    {
        // The bundled calendar without its 2014 days: the dataset a year on falls in a year the list does not cover.
        var json = string.Join("\n", File.ReadAllText(RepositoryPaths.BundledDataset).Split('\n').Where(l => !l.TrimStart().StartsWith("\"2014-", StringComparison.Ordinal)));
        var result = DatasetRollforward.Roll(DatasetLoader.Parse(Encoding.UTF8.GetBytes(json), "old.json").Dataset!, json, To);

        Assert.Equal("The TSE calendar lists no closed day of 2014, so the rolled dates of that year were checked against weekends only: extend it with the exchange's holidays of 2014.",
            result.Flags.Single(f => f.Path == "$.report.calendar.closed").Reason);
        Assert.Contains(DatasetValidator.Validate(Load(result)).Diagnostics, d => d.Code == ValidationCodes.CalendarNotCovering && d.Message.Contains("of 2014", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_titles_subtitles_and_line_labels_cite_the_new_periods_which_stay()
    {
        var rolled = Load(Roll());

        Assert.Equal("(For the six months ended {@1H13-end|date} and {@1H14-end|date})", rolled.Tables["income-statement"].Subtitle);
        Assert.Equal("(As of {@FY2013-end|date} and {@1H14-end|date})", rolled.Tables["balance-sheet"].Subtitle);
        Assert.Equal("3. Target of Consolidated Financial Results for the Fiscal Year Ending March 31, 2015", rolled.Tables["tse-targets"].Title);
        var labels = rolled.Tables["balance-sheet"].Lines.Select(l => l.Label).Where(l => l.Contains('@')).ToList();
        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.DoesNotContain("1H13-end", l, StringComparison.Ordinal));
        Assert.Contains(labels, l => l.Contains("{AllowanceForDoubtfulAccountsReceivable@1H14-end|thousands}", StringComparison.Ordinal));
        Assert.All(rolled.Tables.SelectMany(t => new[] { t.Title, t.Subtitle }.Concat(t.Lines.Select(l => l.Label))).OfType<string>().SelectMany(TextReference.FindAll),
            r => Assert.True(rolled.Periods.Contains(r.Period), r.Placeholder));
    }

    [Fact]
    public void Texts_that_mention_the_old_period_are_flagged_and_their_figure_references_move()
    {
        var result = Roll();
        var rolled = Load(result);
        var current = Old.Report.Current;
        var mentioning = Old.Texts.Where(t => Regex.IsMatch(t.Text, $@"(?<![A-Za-z0-9]){current}(?![A-Za-z0-9-])")).Select(t => t.Key).ToList();
        var flagged = result.Flags.Where(f => f.Path.StartsWith("$.texts", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(mentioning);
        Assert.All(mentioning, key => Assert.Contains(flagged, f => f.Path.Contains(key, StringComparison.Ordinal) && f.Mentions.Contains(current)));
        Assert.All(Old.Texts.Where(t => !flagged.Any(f => f.Path.Contains($"'{t.Key}'", StringComparison.Ordinal) || f.Path.EndsWith("." + t.Key, StringComparison.Ordinal))),
            t => Assert.DoesNotContain(current, t.Text, StringComparison.Ordinal));
        var references = rolled.Texts.SelectMany(t => t.Paragraphs).SelectMany(TextReference.FindAll).ToList();
        Assert.Contains(references, r => r.Period == To);
        Assert.DoesNotContain(references, r => r.DateName is null && !rolled.Periods.Contains(r.Period));
        Assert.All(references.Where(r => r.DateName is not null), r => Assert.Contains(r.DateName!, rolled.Report.Dates.Keys));
        // The bundled texts name periods by reference ("for {@1H12|short}"), so they move with the periods.
        Assert.Contains("for {@1H13|short})", rolled.Texts["reason.other-income"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_words_and_dates_typed_in_a_text_become_references_that_the_next_roll_moves()
    {
        // A dataset whose texts type the words: "for 1H12", "announced on May 15, 2013", "as of September 30, 2013".
        var json = File.ReadAllText(RepositoryPaths.BundledDataset)
            .Replace("million for {@1H12|short}) and net", "million for 1H12) and net", StringComparison.Ordinal)
            .Replace("announced on {dates.targetsAnnounced} remain", "announced on May 15, 2013 remain", StringComparison.Ordinal)
            .Replace("mainly due to the equity finance in {@1H13|short}", "mainly due to the equity finance in 1H13 (as of September 30, 2013; founded in 1992)", StringComparison.Ordinal);
        var old = DatasetLoader.Parse(Encoding.UTF8.GetBytes(json), "old.json").Dataset!;
        Assert.Contains("for 1H12) and net", old.Texts["reason.other-income"].Text, StringComparison.Ordinal);

        var once = DatasetRollforward.Roll(old, json, To);
        var rolled = Load(once);
        Assert.Contains("million for {@1H13|short}) and net", rolled.Texts["reason.other-income"].Text, StringComparison.Ordinal);
        Assert.Contains("announced on {dates.targetsAnnounced} remain", rolled.Texts["targets.commentary"].Text, StringComparison.Ordinal);
        Assert.Equal("mainly due to the equity finance in {@1H14|short} (as of {@1H14-end|date}; founded in 1992)", rolled.Texts["reason.balance-sheet.cash"].Text);

        // The next roll moves them as references, with no word to guess (the skeleton, still to fill, is read as JSON).
        var twice = JObject.Parse(DatasetRollforward.Roll(rolled, once.Json, "1H15").Json)["texts"]!;
        Assert.Contains("million for {@1H14|short}) and net", (string)twice["reason.other-income"]!, StringComparison.Ordinal);
        Assert.Equal("mainly due to the equity finance in {@1H15|short} (as of {@1H15-end|date}; founded in 1992)", (string)twice["reason.balance-sheet.cash"]!);
    }

    [Fact]
    public void An_event_date_of_a_past_period_is_kept_and_flagged_with_the_texts_citing_it_and_the_stock_split_note_stays_consistent()
    {
        var result = Roll();
        var rolled = Load(result);

        Assert.Equal(Old.Report.Dates["stockSplitEffective"], rolled.Report.Dates["stockSplitEffective"]);
        var flag = result.Flags.Single(f => f.Path == "$.report.dates.stockSplitEffective").Reason;
        Assert.StartsWith("Kept 2012-10-01, an event before the 1H13 period: confirm the texts citing it (tse.note.stock-split.per-share,", flag, StringComparison.Ordinal);
        // The as-if date and the year it begins are one period's start and end, so they move together.
        Assert.Contains("as if the stock split were conducted on {@FY2013|start}, at the beginning of the fiscal year ended {@FY2013-end|date}.",
            rolled.Texts["tse.note.stock-split.per-share"].Text, StringComparison.Ordinal);
        Assert.Equal(rolled.Periods["FY2013"].End, rolled.Periods["FY2013-end"].End);
    }

    [Fact]
    public void A_text_citing_a_change_keeps_the_period_it_compares_with()
    {
        // The mini sample with a year before 1H12 and a text citing 1H12's change: rolled, it cites 1H13's change against 1H12,
        // which no table shows any more; the figure form compares periods, so 1H12 stays.
        var mini = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "IIJReportGen.Dataset.Tests", "Samples", "mini.json")))!;
        mini["periods"]!["1H11"] = new JsonObject { ["type"] = "duration", ["start"] = "2011-04-01", ["end"] = "2011-09-30" };
        mini["periods"]!["1H12"]!["comparative"] = "1H11";
        mini["concepts"]!["EquipmentRevenue"]!["values"]!["1H11"] = 600000;
        mini["texts"]!["reason.equipment"] = "Equipment sales grew by JPY{EquipmentRevenue@1H12|changeMillions} million.";
        mini["tables"]!.AsObject().Remove("cash"); // its instants would all be new, which a skeleton cannot hold yet
        var json = mini.ToJsonString();
        var old = DatasetLoader.Parse(Encoding.UTF8.GetBytes(json), "mini.json");
        Assert.False(old.Diagnostics.HasErrors, string.Join("\n", old.Diagnostics));

        var rolled = Load(DatasetRollforward.Roll(old.Dataset!, json, To));

        Assert.Equal("Equipment sales grew by JPY{EquipmentRevenue@1H13|changeMillions} million.", rolled.Texts["reason.equipment"].Text);
        Assert.Equal("1H12", rolled.Periods["1H13"].Comparative);
    }

    [CultureFact]
    public void Two_runs_and_another_culture_give_the_same_bytes()
    {
        var first = Roll().Json;
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
            Assert.Equal(first, Roll().Json);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        }
        Assert.Equal(first, Roll().Json);
        Assert.Equal(File.ReadAllText(RepositoryPaths.BundledDataset).EndsWith('\n'), first.EndsWith('\n'));
    }

    [Fact]
    public void Keeps_the_input_key_order()
    {
        var input = JObject.Parse(File.ReadAllText(RepositoryPaths.BundledDataset));
        var output = JObject.Parse(Roll().Json);

        Assert.Equal(input.Properties().Select(p => p.Name), output.Properties().Select(p => p.Name));
        Assert.Equal(((JObject)input["concepts"]!).Properties().Select(p => p.Name), ((JObject)output["concepts"]!).Properties().Select(p => p.Name));
        Assert.Equal(((JObject)input["texts"]!).Properties().Select(p => p.Name), ((JObject)output["texts"]!).Properties().Select(p => p.Name));
    }

    [GeneratedRegex(@"shows '(?<id>[^']+)' for (?<period>[^ ,]+), but")]
    private static partial Regex MissingCell();

    [GeneratedRegex(@" cites \{(?<id>[A-Za-z0-9_]+)@(?<period>[A-Za-z0-9_-]+)\|[^}]*\}, but")]
    private static partial Regex MissingCitation();
}
