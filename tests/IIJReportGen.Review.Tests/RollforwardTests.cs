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

    private static ReportDataset Load(RollforwardResult result) =>
        DatasetLoader.Parse(Encoding.UTF8.GetBytes(result.Json), "rolled.json").Dataset ?? throw new InvalidOperationException("The rolled dataset does not load.");

    [Fact]
    public void The_skeleton_loads_and_its_only_errors_are_the_new_figures_to_fill()
    {
        var findings = DatasetValidator.Validate(Load(Roll())).Diagnostics;
        var oldModel = new ReportModel(Old);

        // Carried-over texts that state a date of the old periods (the stock-split notes: October 1, 2012) are flagged
        // for the IR team to review or drop; every other error is a figure to fill.
        var errors = findings.Where(f => f.Severity == Diagnostics.Severity.Error && !IsCarriedTextDate(f)).ToList();
        Assert.Equal(["$.texts['tse.note.stock-split.dividends']", "$.texts['tse.note.stock-split.per-share']", "$.texts['tse.note.stock-split.shares']"],
            findings.Where(IsCarriedTextDate).Select(f => f.Location!.Path).Order(StringComparer.Ordinal));
        Assert.NotEmpty(errors);
        Assert.All(errors, e =>
        {
            Assert.Equal(ValidationCodes.MissingFact, e.Code);
            Assert.StartsWith("$.tables.", e.Location!.Path);
            Assert.Contains(".lines[", e.Location.Path);
            var cell = MissingCell().Match(e.Message);
            Assert.True(cell.Success, e.Message);
            // Nothing the old dataset had a value for is reported missing: only what the new period has to add.
            Assert.Null(oldModel.Value(cell.Groups["id"].Value, cell.Groups["period"].Value));
        });
        Assert.Contains(errors, e => e.Message.Contains($"'TotalRevenues' for {To},", StringComparison.Ordinal));
        // Texts still to confirm keep their "review" mark in the skeleton, so they are listed (VAL011) until someone confirms them.
        Assert.Equal(Old.Texts.Where(t => t.Review is not null).Select(t => $"$.texts['{t.Key}']").Order(StringComparer.Ordinal),
            findings.Where(f => f.Code == ValidationCodes.TextToReview).Select(f => f.Location!.Path).Order(StringComparer.Ordinal));
        Assert.All(findings.Where(f => f.Severity == Diagnostics.Severity.Warning),
            w => Assert.Contains(w.Code, new[] { ValidationCodes.RoundingFooting, ValidationCodes.TieOutNeverApplies, ValidationCodes.TextToReview }));
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
    public void Report_dates_after_the_period_roll_and_earlier_ones_are_removed_all_flagged()
    {
        var result = Roll();
        var rolled = Load(result);
        var end = Old.Periods[Old.Report.Current].End;

        foreach (var (name, date) in Old.Report.Dates)
        {
            Assert.Contains(result.Flags, f => f.Path == $"$.report.dates.{name}");
            if (date > end)
                Assert.Equal(date.AddYears(1), rolled.Report.Dates[name]);
            else
                Assert.False(rolled.Report.Dates.ContainsKey(name));
        }
        Assert.Equal(Old.Policies.Convenience.Date.AddYears(1), rolled.Policies.Convenience.Date);
        Assert.Contains(result.Flags, f => f.Path == "$.policies.convenienceTranslation.rate");
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
        Assert.DoesNotContain(references, r => !rolled.Periods.Contains(r.Period));
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

    private static bool IsCarriedTextDate(Diagnostics.Diagnostic finding) =>
        finding.Code == ValidationCodes.DateLabelDisagrees && finding.Location?.Path?.StartsWith("$.texts[", StringComparison.Ordinal) == true;
}
