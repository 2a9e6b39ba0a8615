namespace IIJReportGen.Xbrl;

/// <summary>A rule an Inline XBRL document breaks: the rule (with its spec section), what is wrong, and the line and column
/// of the element (0 when unknown), so a build can name the template line that wrote it.</summary>
public sealed record InlineXbrlFinding(string Rule, string Message, int Line, int Column)
{
    public InlineXbrlFinding(string rule, string message, (int Line, int Column) at)
        : this(rule, message, at.Line, at.Column)
    {
    }

    public override string ToString() => $"line {Line}: [{Rule}] {Message}";
}

/// <summary>What the Inline XBRL check found in a document, and how many facts (ix:nonFraction, ix:nonNumeric) it holds.</summary>
public sealed record InlineXbrlReport(IReadOnlyList<InlineXbrlFinding> Findings, int Facts);
