using IIJReportGen.Diagnostics;

namespace IIJReportGen.Pdf;

/// <summary>Stable codes of the PDF writer's findings (the README's table lists every component's codes).</summary>
public static class PdfCodes
{
    [DiagnosticCode(Severity.Warning, "a font could not be subset and is embedded whole")]
    public const string NotSubset = "PDF002";
}
