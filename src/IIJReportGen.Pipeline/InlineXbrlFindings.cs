using IIJReportGen.Diagnostics;
using IIJReportGen.Templating;
using IIJReportGen.Xbrl;
using IIJReportGen.Xbrl.Tdnet;

namespace IIJReportGen.Pipeline;

/// <summary>The Inline XBRL check of a rendered TDnet summary, said as the build and `validate` both say it (BLD003).</summary>
internal static class InlineXbrlFindings
{
    /// <summary>Checks an Inline XBRL document rendered for <paramref name="folder"/>; a finding is at the template line that
    /// wrote the element (the rendered XHTML is not kept: nothing is published on an error).</summary>
    /// <returns>How many facts the document tags.</returns>
    public static int Check(string xhtml, SourceMap source, string document, string folder, TdnetSummary summary, DiagnosticBag diagnostics)
    {
        var expected = summary.Expectations(folder, summary.Vocabulary.Dataset.Policies.For(document).Rounding);
        var report = InlineXbrlCheck.Inspect(xhtml, expected);
        foreach (var finding in report.Findings)
            diagnostics.Add(Diagnostic.Error(PipelineCodes.InlineXbrl, "Inline XBRL: " + finding.Message,
                source.Locate(Math.Max(finding.Line, 1), Math.Max(finding.Column, 1)), "The TSE summary template tags this figure wrongly."));
        return report.Facts;
    }
}
