using System.Text.Json.Nodes;
using System.Xml.Linq;
using CsCheck;
using IIJReportGen.Dataset.Tests;
using IIJReportGen.Dataset.Loading;
using IIJReportGen.Dataset.Measures;
using IIJReportGen.Diagnostics;
using IIJReportGen.Pipeline.Tests.Fidelity;
using IIJReportGen.Templating;
using IIJReportGen.Validation;
using IIJReportGen.Xbrl;

namespace IIJReportGen.Pipeline.Tests.Properties.Words;

/// <summary>Random consistent edits of the bundled dataset — profits turned losses, loss and zero bases, changes that are
/// exactly zero or round to zero, another convenience currency and rate, a half year ending off the month's end — validate
/// without errors and read right: every figure and direction word the <see cref="WordsOracle"/> expects is in the documents,
/// and nothing that contradicts a figure ("n.m.%", "by JPY0 million", "up 0.0%").</summary>
/// <remarks>Most cases render the XHTML (a fraction of a second); a few go through the whole build and are checked on the
/// PDF's text. CsCheck prints the seed of a failing case: pass it as <c>seed:</c> to replay it.</remarks>
public sealed class WordsPropertyTests : IDisposable
{
    private static readonly string Templates = Path.Combine(RepositoryPaths.Root, "templates");

    private readonly string _folder = Directory.CreateTempSubdirectory("iijreport-words-").FullName;

    private int _runs;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Rendered_documents_say_what_the_figures_say() =>
        Cases.Sample(edit => Check(edit, Rendered(Load(edit))), iter: 40, threads: 1);

    [Fact]
    public void Laid_out_documents_say_what_the_figures_say() =>
        Cases.Sample(edit => Check(edit, LaidOut(edit)), iter: 3, threads: 1);

    /// <summary>One to four figures set through their levers, and sometimes another convenience currency or an earlier half-year end.</summary>
    private static Gen<BundledEdit> Cases =>
        Gen.Select(Edits.List[1, 4], Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[9_000, 16_000], Gen.Int[1, 3], (edits, currency, shift, rate, days) =>
        {
            var edit = new BundledEdit();
            foreach (var apply in edits)
                apply(edit);
            if (currency == 0)
                edit.Currency("EUR", "Euros", "€", "euro", rate / 100m);
            if (shift == 0)
                edit.EndEarlier(days);
            return edit;
        }).Where(edit => edit.Plausible);

    private static Gen<Action<BundledEdit>> Edits => Gen.OneOf(
        Gen.OneOf(FlowLevers.Select(l => Gen.Const(l)).ToArray()).SelectMany(Flow),
        Gen.OneOf(BalanceLevers.Select(l => Gen.Const(l)).ToArray()).SelectMany(Balance));

    private static readonly Lever[] FlowLevers =
    [
        Lever.OperatingIncome, Lever.NetIncomeAttributableToIij, Lever.NetIncome, Lever.ComprehensiveIncome,
        Lever.Revenue("WanServicesRevenue"), Lever.Revenue("OutsourcingServicesRevenue"), Lever.Revenue("SystemsConstructionRevenue"), Lever.Revenue("EquipmentSalesRevenue"),
        Lever.Cost("CostOfNetworkServices"), Lever.Cost("CostOfEquipmentSales"),
        Lever.OtherIncomeLine("ForeignExchangeGainsLosses"), Lever.OtherIncomeLine("NetGainOnOtherInvestments", adjustments: true),
        Lever.CashFlow("NetCashProvidedByOperatingActivities", "OtherOperatingAdjustments", "OtherInvestingActivities"),
        Lever.CashFlow("NetCashUsedInInvestingActivities", "OtherInvestingActivities", "OtherFinancingActivities"),
        Lever.CashFlow("NetCashProvidedByUsedInFinancingActivities", "OtherFinancingActivities", "OtherInvestingActivities"),
    ];

    private static readonly Lever[] BalanceLevers =
    [
        Lever.TotalAssets, Lever.ShareholdersEquity, Lever.Asset("AccountsReceivableNet"), Lever.Asset("PrepaidExpensesCurrent"),
        Lever.Asset("PropertyAndEquipmentNet"), Lever.Claim("IncomeTaxesPayable"), Lever.Claim("CapitalLeaseObligationsCurrent"),
    ];

    /// <summary>A flow set against its comparative: a loss, zero, exactly the prior figure, a change that rounds to 0.0% or stays under
    /// the almost-flat threshold, a figure that rounds to zero, any other — or the comparative made a loss or zero (a base with no %).
    /// Only a figure named by its sign goes below zero.</summary>
    private static Gen<Action<BundledEdit>> Flow(Lever lever) =>
        Gen.Select(Gen.Int[0, 8], Gen.Double[0.05, 1.5], Gen.Double[-0.0049, 0.0049], Gen.Int[-499, 499], (kind, factor, nudge, small) => (Action<BundledEdit>)(edit =>
        {
            var (current, prior) = (lever.Read(edit, "1H13"), lever.Read(edit, "1H12"));
            if (!lever.Signed && kind is 0 or 7)
                kind = 1; // a revenue or a cost falls to zero, never below
            var near = prior + Math.Round(prior * (decimal)(kind == 3 ? nudge / 12 : nudge));
            _ = kind switch
            {
                0 => edit.Set(lever, "1H13", -Math.Round(Math.Abs(current) * (decimal)factor)),
                1 => edit.Set(lever, "1H13", 0),
                2 => edit.Set(lever, "1H13", prior),
                3 or 4 => edit.Set(lever, "1H13", near),
                5 => edit.Set(lever, "1H13", small),
                6 => edit.Set(lever, "1H13", Math.Round(current * (decimal)(0.3 + factor))),
                7 => edit.Set(lever, "1H12", -Math.Round(Math.Abs(prior) * (decimal)factor)),
                _ => edit.Set(lever, "1H12", 0),
            };
        }));

    /// <summary>A balance set against the opening balance: unchanged, a change that rounds to JPY0 million, any other.</summary>
    private static Gen<Action<BundledEdit>> Balance(Lever lever) =>
        Gen.Select(Gen.Int[0, 2], Gen.Int[-499, 499], Gen.Double[0.3, 1.7], (kind, small, factor) => (Action<BundledEdit>)(edit =>
        {
            var opening = lever.Read(edit, "FY2012-end");
            edit.Set(lever, "1H13-end", kind switch
            {
                0 => opening,
                1 => opening + small,
                _ => Math.Round(opening * (decimal)factor),
            });
        }));

    private static ReportModel Load(BundledEdit edit)
    {
        var load = DatasetLoader.Parse(edit.Bytes(), "edited.json");
        Assert.False(load.Diagnostics.HasErrors, $"{edit}\n" + string.Join("\n", load.Diagnostics));
        var model = new ReportModel(load.Dataset!);
        var errors = DatasetValidator.Validate(model).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(errors.Count == 0, $"the edit is not consistent: {edit}\n" + string.Join("\n", errors));
        return model;
    }

    /// <summary>The two documents as XHTML: their visible text, and the TSE summary's markup for its Inline XBRL tags.</summary>
    private static Documents Rendered(ReportModel model)
    {
        var press = DocumentRenderer.Render(model, Templates, "press-release");
        var tse = DocumentRenderer.Render(model, Templates, "tse-summary");
        Assert.True(press.Succeeded && tse.Succeeded, string.Join("\n", press.Diagnostics.Concat(tse.Diagnostics)));
        return new Documents(model, VisibleText(press.Xhtml), VisibleText(tse.Xhtml), tse.Xhtml);
    }

    /// <summary>The two documents built and laid out: the text of their PDFs, as a reader extracts it.</summary>
    private Documents LaidOut(BundledEdit edit)
    {
        var model = Load(edit);
        var run = Directory.CreateDirectory(Path.Combine(_folder, $"run-{Interlocked.Increment(ref _runs)}")).FullName;
        var dataset = Path.Combine(run, "edited.json");
        File.WriteAllBytes(dataset, edit.Bytes());
        var output = Path.Combine(run, "out");
        var result = ReportBuild.Run(new BuildRequest(dataset, output, Templates, run));
        Assert.True(result.Succeeded, $"{edit}\n" + string.Join("\n", result.Diagnostics));
        string Pdf(string document) => PdfLines.Joined(PdfLines.Read(Path.Combine(output, document + ".pdf")));
        return new Documents(model, Pdf("press-release"), Pdf("tse-summary"), File.ReadAllText(Path.Combine(output, "tse-summary.xhtml")), LaidOut: true);
    }

    /// <param name="LaidOut">True for the PDFs' text, where a table's heading cells wrap into the lines of their neighbours.</param>
    private sealed record Documents(ReportModel Model, string PressRelease, string TseSummary, string TseXhtml, bool LaidOut = false);

    private static void Check(BundledEdit edit, Documents documents)
    {
        var oracle = new WordsOracle(documents.Model, JsonNode.Parse(edit.Bytes())!.AsObject());
        AssertContains(edit, documents.PressRelease, oracle.PressRelease());
        AssertContains(edit, documents.TseSummary, oracle.TseSummary());
        AssertRows(edit, documents, documents.PressRelease, oracle.PressReleaseRows());
        AssertRows(edit, documents, documents.TseSummary, oracle.TseRows());
        if (!documents.LaidOut)
            AssertContains(edit, documents.PressRelease, oracle.Headings());
        foreach (var (text, prose) in new[] { (documents.PressRelease, true), (documents.TseSummary, false) })
            foreach (var forbidden in oracle.Forbidden(prose))
                Assert.False(text.Contains(forbidden, StringComparison.Ordinal), $"{edit}: the documents say '{forbidden}':\n{Around(text, text.IndexOf(forbidden, StringComparison.Ordinal))}");
        // The TSE summary tags TDnet's elements (a figure's "tdnet" element; its change is "ChangeIn" + that) in TDnet's contexts.
        var dataset = documents.Model.Dataset;
        var tdnet = dataset.Concepts.Where(c => c.Tdnet is not null).Select(c => (c.Key, c.Tdnet!.Element))
            .Concat(dataset.Measures.Where(m => m.Tdnet is not null).Select(m => (m.Key, m.Tdnet!.Element))).ToDictionary(p => p.Key, p => p.Element);
        var tagged = XDocument.Parse(documents.TseXhtml).Descendants()
            .Where(e => e.Name.LocalName == "nonFraction" && ((string?)e.Attribute("contextRef"))?.StartsWith("CurrentAccumulated", StringComparison.Ordinal) == true
                && ((string?)e.Attribute("contextRef"))!.EndsWith("_ResultMember", StringComparison.Ordinal))
            .Select(e => ((string)e.Attribute("name")!).Split(':')[1]).ToHashSet();
        foreach (var (id, meaningful) in oracle.TseChanges())
            Assert.True(tagged.Contains("ChangeIn" + tdnet[id]) == meaningful,
                $"{edit}: the % change of {id} is {(meaningful ? "meaningful but not tagged" : "not meaningful but tagged")} in the TSE summary's Inline XBRL");
    }

    private static void AssertContains(BundledEdit edit, string text, IEnumerable<string> expected)
    {
        var missing = expected.Where(e => !text.Contains(e, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{edit}: the documents do not say\n" + string.Join("\n", missing.Select(m => $"  \"{m}\"\n  near: {Around(text, Nearest(text, m))}")));
    }

    /// <summary>A table row reads as expected: whole in the XHTML. In the PDF a cell that wraps puts its neighbour's line between
    /// its own lines, so the cells' words must come in order with the heading's words at most among them, and the heading nearby.</summary>
    private static void AssertRows(BundledEdit edit, Documents documents, string text, IEnumerable<(string Heading, string Cells)> rows)
    {
        if (!documents.LaidOut)
        {
            AssertContains(edit, text, rows.Select(r => $"{r.Heading} {r.Cells}"));
            return;
        }
        var words = text.Split(' ');
        foreach (var (heading, cells) in rows)
        {
            var expected = cells.Split(' ');
            var found = Enumerable.Range(0, words.Length).Any(start =>
                InOrder(words, start, expected, slack: heading.Split(' ').Length + 1) is { } end
                && string.Join(" ", words[Math.Max(0, start - 30)..Math.Min(words.Length, end + 30)]).Contains(heading, StringComparison.Ordinal));
            Assert.True(found, $"{edit}: the laid-out documents do not show the row\n  \"{heading} {cells}\"\n  near: {Around(text, Nearest(text, cells))}");
        }
    }

    /// <summary>The index of the last of <paramref name="expected"/>'s words when they follow <paramref name="start"/> in order with at most
    /// <paramref name="slack"/> other words before each; null when they do not.</summary>
    private static int? InOrder(string[] words, int start, string[] expected, int slack)
    {
        if (words[start] != expected[0])
            return null;
        var at = start;
        foreach (var word in expected.Skip(1))
        {
            var next = Array.IndexOf(words, word, at + 1, Math.Min(slack + 1, words.Length - at - 1));
            if (next < 0)
                return null;
            at = next;
        }
        return at;
    }

    /// <summary>Where the text is most like the expected sentence: where its first words are.</summary>
    private static int Nearest(string text, string expected)
    {
        for (var length = Math.Min(expected.Length, 40); length > 8; length -= 4)
            if (text.IndexOf(expected[..length], StringComparison.Ordinal) is >= 0 and var at)
                return at;
        return -1;
    }

    private static string Around(string text, int at) => at < 0 ? "(nowhere)" : "\"" + text[Math.Max(0, at - 20)..Math.Min(text.Length, at + 220)] + "\"";

    /// <summary>The text a reader sees: every block's text with its whitespace collapsed, blocks and cells apart, the hidden ix:header left out.</summary>
    private static string VisibleText(string xhtml)
    {
        var blocks = new HashSet<string> { "p", "h1", "h2", "h3", "h4", "li", "td", "th" };
        var root = XDocument.Parse(xhtml).Root!;
        var texts = root.Descendants()
            .Where(e => blocks.Contains(e.Name.LocalName) && !e.Ancestors().Any(a => blocks.Contains(a.Name.LocalName) || (string?)a.Attribute("style") == "display:none"))
            .Select(e => string.Join(" ", string.Concat(e.DescendantNodes().OfType<XText>().Select(t => t.Value)).Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        return string.Join(" ", texts);
    }
}
