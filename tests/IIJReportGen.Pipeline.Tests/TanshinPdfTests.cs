using IIJReportGen.Dataset.Figures;
using UglyToad.PdfPig;

namespace IIJReportGen.Pipeline.Tests;

/// <summary>The Japanese Tanshin summary, read back from its PDF: the title, the era date, every section heading, and every
/// figure the English summary shows, in the Japanese form (百万円 rounding, △ for a negative, － for a dash).</summary>
public sealed class TanshinPdfTests(BundledBuild build) : IClassFixture<BundledBuild>
{
    private string PdfText
    {
        get
        {
            using var pdf = PdfDocument.Open(Path.Combine(build.Folder, "tanshin.pdf"));
            return string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value).Where(c => !string.IsNullOrWhiteSpace(c)));
        }
    }

    private static string Bare(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void The_title_and_the_release_date_in_the_era_head_the_first_page()
    {
        var report = build.Result.Vocabulary!.Dataset.Report;

        Assert.StartsWith(Bare(report.Labels["tanshinTitle"]) + "平成25年11月8日", PdfText);
    }

    [Fact]
    public void Every_section_heading_is_shown_in_order()
    {
        var dataset = build.Result.Vocabulary!.Dataset;
        string[] headings =
        [
            "1．" + dataset.Report.Labels["tanshinPeriod"] + "の連結業績",
            dataset.Tables["tse-results-of-operations"].TitleJa!,
            dataset.Tables["tse-financial-position"].TitleJa!,
            dataset.Tables["tse-dividends"].TitleJa!,
            "3．" + dataset.Report.Labels["tanshinFiscalYear"] + "の連結業績予想",
            dataset.Texts["tanshin.notes.heading"].Paragraphs[0],
        ];

        var text = PdfText;
        var at = headings.Select(h => text.IndexOf(Bare(h), StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, at);
        Assert.Equal(at.Order(), at);
    }

    [Fact]
    public void Every_figure_of_the_English_summary_is_shown_in_its_Japanese_form()
    {
        var model = build.Result.Vocabulary!.Model;
        var english = Presentation.For(model, "tse-summary");
        var japanese = Presentation.For(model, "tanshin");
        // Every figure shown (a date cited in a note is a use too: the date test covers dates; a word chosen by a figure shows none).
        var uses = build.Result.Documents.Single(d => d.Name == "tse-summary").FactUses
            .Where(u => u.Shown is not null && FigureForm.Named(u.Form) is not null).ToList();
        var text = PdfText;

        Assert.True(uses.Count > 40, $"the English summary shows {uses.Count} figures");
        foreach (var use in uses)
        {
            var form = FigureForm.Named(use.Form)!;
            // A change against the period's own comparative is asked as the helpers ask it (a reported % change answers it).
            var vs = use.Vs == model.Dataset.Periods[use.Period].Comparative ? null : use.Vs;
            var shownInEnglish = english.Show(use.Id, use.Period, form, vs);
            var shown = japanese.Show(use.Id, use.Period, form, vs);
            Assert.True(shownInEnglish is not null && shown is not null, $"{use.Id} {use.Period} ({use.Form}, vs {use.Vs}) shows '{use.Shown}' in English");
            Assert.Equal(shownInEnglish.As, shown.As);
            if (shown.As == ShownAs.Number)
                Assert.Equal((shownInEnglish.Digits, shownInEnglish.Value < 0 ? "△" + shown.Digits : shown.Digits), (shown.Digits, shown.Text));
            Assert.True(text.Contains(shown.Text, StringComparison.Ordinal), $"{use.Id} {use.Period} ({use.Form}) is not shown as {shown.Text}");
        }
    }
}
