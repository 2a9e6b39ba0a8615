using IIJReportGen.Diagnostics;

namespace IIJReportGen.Xbrl;

/// <summary>Stable codes of the XBRL findings (the README's table lists every component's codes).</summary>
public static class XbrlCodes
{
    [DiagnosticCode(Severity.Error, "the dataset does not map onto XBRL (an element name invalid or used twice, a concept with two period types)")]
    public const string Mapping = "XBRL001";
}
