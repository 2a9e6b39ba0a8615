namespace IIJReportGen.Xbrl;

/// <summary>A rule an Inline XBRL document breaks: the rule (with its spec section), what is wrong, and the line.</summary>
public sealed record InlineXbrlFinding(string Rule, string Message, int Line)
{
    public override string ToString() => $"line {Line}: [{Rule}] {Message}";
}

/// <summary>What the Inline XBRL check found in a document, and how many facts (ix:nonFraction, ix:nonNumeric) it holds.</summary>
public sealed record InlineXbrlReport(IReadOnlyList<InlineXbrlFinding> Findings, int Facts);
