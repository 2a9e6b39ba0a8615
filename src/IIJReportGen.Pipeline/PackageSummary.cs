using System.Diagnostics;
using IIJReportGen.Diagnostics;
using IIJReportGen.Templating;
using IIJReportGen.Xbrl;
using IIJReportGen.Xbrl.Tdnet;

namespace IIJReportGen.Pipeline;

/// <summary>The TDnet package's summary rendered (null when it has errors), and the Inline XBRL check of every summary the
/// build made, each with its findings apart and its time, for the build to take in its order.</summary>
/// <param name="Facts">How many facts the package's summary tags (the manifest's "inline XBRL facts").</param>
internal sealed record PackageSummary(RenderResult? Rendered, byte[] Stylesheet, DiagnosticBag Findings, TimeSpan RenderTime,
    DiagnosticBag InlineFindings, int Facts, TimeSpan CheckTime)
{
    /// <summary>Renders the package's summary and checks it and each of <paramref name="documents"/> that is an Inline XBRL
    /// document against the same expectations (the same facts, whatever its language).</summary>
    public static PackageSummary Of(DocumentBuild build, TdnetSummary summary, IReadOnlyList<DocumentOutcome> documents)
    {
        var clock = Stopwatch.StartNew();
        var findings = new DiagnosticBag();
        var rendered = build.RenderPackageSummary(findings);
        var renderTime = clock.Elapsed;
        var inline = new DiagnosticBag();
        if (rendered is null)
            return new PackageSummary(null, [], findings, renderTime, inline, 0, TimeSpan.Zero);
        clock.Restart();
        foreach (var document in documents.Select(d => d.Built).OfType<BuiltDocument>().Where(d => RenderOptions.InlineXbrlDocuments.Contains(d.Name)))
            InlineXbrlFindings.Check(document.Xhtml, document.Source, document.Name, "", summary, inline);
        var facts = InlineXbrlFindings.Check(rendered.Xhtml, rendered.Source, RenderOptions.PackageDocument, TdnetPackage.Folder, summary, inline);
        return new PackageSummary(rendered, build.PackageStylesheet, findings, renderTime, inline, facts, clock.Elapsed);
    }
}
