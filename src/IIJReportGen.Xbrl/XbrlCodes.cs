using IIJReportGen.Diagnostics;

namespace IIJReportGen.Xbrl;

/// <summary>Stable codes of the XBRL findings (the README's table lists every component's codes).</summary>
public static class XbrlCodes
{
    [DiagnosticCode(Severity.Error, "the dataset does not map onto XBRL (an element name invalid or used twice, a concept with two period types)")]
    public const string Mapping = "XBRL001";

    [DiagnosticCode(Severity.Error, "the TDnet summary form or the tse-ed-t names file (templates/tdnet/) is malformed, names a tse-ed-t name the names file lacks, or does not fit the dataset")]
    public const string SummaryForm = "XBRL002";
}
