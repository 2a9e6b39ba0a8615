using IIJReportGen.Dataset.Tests;
using UglyToad.PdfPig;

namespace IIJReportGen.Pipeline.Tests.Kinds;

/// <summary>Every report kind builds from one set of templates: a first quarter, a third quarter's nine months and a full year,
/// made in the test from the bundled first half, read back from their PDFs and their Inline XBRL.</summary>
public sealed class ReportKindBuildTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-kinds-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Build(string kind)
    {
        var dataset = Path.Combine(_folder, kind + ".json");
        // Retyped for the kind and then read and marked reviewed, as the team would (iijreport review --all).
        File.WriteAllText(dataset, Dataset.Tests.ReviewedTexts.MarkAll(KindDataset.Of(File.ReadAllText(RepositoryPaths.BundledDataset), kind)));
        var output = Path.Combine(_folder, kind);
        var result = ReportBuild.Run(new BuildRequest(dataset, output, Path.Combine(RepositoryPaths.Root, "templates"), RepositoryPaths.Root));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Take(10)));
        return output;
    }

    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static string Letters(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value).Where(c => !string.IsNullOrWhiteSpace(c)));
    }

    [Theory]
    [InlineData("Q1", "three months", "June 30, 2013", 1)]
    [InlineData("Q3", "nine months", "December 31, 2013", 3)]
    public void A_quarterly_report_of_each_kind_states_its_periods_in_every_document_and_its_contexts(string kind, string months, string end, int quarters)
    {
        var output = Build(kind);

        var release = PdfText(Path.Combine(output, "press-release.pdf"));
        var dateline = $"financial results for the first {months} of the fiscal year ending March 31, 2014 (from April 1, 2013 to {end[..end.IndexOf(',', StringComparison.Ordinal)]}"; // the footnote mark may sit before the year
        Assert.True(release.Contains(dateline, StringComparison.Ordinal), release[..Math.Min(release.Length, 900)]);
        Assert.DoesNotContain("six months", release, StringComparison.OrdinalIgnoreCase);
        var summary = PdfText(Path.Combine(output, "tse-summary.pdf"));
        Assert.Contains($"Consolidated Financial Results for the First {char.ToUpperInvariant(months[0])}{months[1..].Replace("m", "M", StringComparison.Ordinal)} Ended {end}", summary);
        Assert.Contains($"第{quarters}四半期", Letters(Path.Combine(output, "tanshin.pdf")));

        var inline = File.ReadAllText(Path.Combine(output, "tse-summary.xhtml"));
        Assert.Contains($"id=\"CurrentAccumulatedQ{quarters}Duration_ConsolidatedMember_ResultMember\"", inline);
        Assert.Contains($"id=\"PriorAccumulatedQ{quarters}Duration_ConsolidatedMember_ResultMember\"", inline);
        Assert.Contains($"id=\"CurrentAccumulatedQ{quarters}Instant_ConsolidatedMember_ResultMember\"", inline);
        Assert.DoesNotContain("AccumulatedQ2", inline);
        Assert.Single(Directory.GetFiles(Path.Combine(output, "XBRLData", "Summary"), "tse-qcedussm-37740-*-ixbrl.htm"));
    }

    [Fact]
    public void A_first_quarter_has_no_quarter_section_and_a_third_quarter_shows_its_three_months()
    {
        var first = PdfText(Path.Combine(Build("Q1"), "press-release.pdf"));
        var third = PdfText(Path.Combine(Build("Q3"), "press-release.pdf"));

        Assert.DoesNotContain("(3 months)", first);
        Assert.DoesNotContain("2nd Quarter", first);
        Assert.Contains("3rd Quarter FY2013 Consolidated Financial Results (3 months)", third);
        Assert.Contains("(For the three months ended December 31, 2012 and December 31, 2013)", third);
        Assert.Contains("(For the nine months ended December 31, 2012 and December 31, 2013)", third);
    }

    [Fact]
    public void A_full_year_states_the_year_and_files_TDnets_annual_form_with_its_cash_flows_ratios_and_next_years_forecast()
    {
        var output = Build("FY");

        var release = PdfText(Path.Combine(output, "press-release.pdf"));
        var dateline = "financial results for the fiscal year ended March 31, 2014 (from April 1, 2013 to March 31,";
        Assert.True(release.Contains(dateline, StringComparison.Ordinal), release[..Math.Min(release.Length, 900)]);
        Assert.Contains("4th Quarter FY2013 Consolidated Financial Results (3 months)", release);
        Assert.DoesNotContain("six months", release, StringComparison.OrdinalIgnoreCase);
        var summary = PdfText(Path.Combine(output, "tse-summary.pdf"));
        Assert.Contains("Consolidated Financial Results for the Fiscal Year Ended March 31, 2014", summary);
        Assert.Contains("(3) Consolidated Cash Flows", summary);
        Assert.Contains("Supplemental material on annual results", summary);
        Assert.DoesNotContain("quarterly", summary, StringComparison.OrdinalIgnoreCase);
        var tanshin = Letters(Path.Combine(output, "tanshin.pdf"));
        Assert.Contains("有価証券報告書提出予定日", tanshin);
        Assert.Contains("連結キャッシュ・フローの状況", tanshin);
        Assert.DoesNotContain("四半期報告書", tanshin);
        Assert.DoesNotContain("四半期純利益", tanshin);

        var inline = File.ReadAllText(Path.Combine(output, "tse-summary.xhtml"));
        foreach (var context in new[] { "CurrentYearDuration_ConsolidatedMember_ResultMember", "PriorYearDuration_ConsolidatedMember_ResultMember",
                     "CurrentYearInstant_ConsolidatedMember_ResultMember", "NextYearDuration_ConsolidatedMember_ForecastMember" })
            Assert.Contains($"id=\"{context}\"", inline);
        Assert.DoesNotContain("Accumulated", inline);
        foreach (var element in new[] { "CashFlowsFromOperatingActivitiesUS", "CashAndEquivalentsEndOfPeriodUS", "NetIncomeToShareholdersEquityRatioUS", "AnnualSecuritiesReportFilingDateAsPlanned" })
            Assert.Matches($"name=\"[a-z-]+:{element}\"", inline);
        Assert.Single(Directory.GetFiles(Path.Combine(output, "XBRLData", "Summary"), "tse-acedussm-37740-*-ixbrl.htm"));
    }
}
