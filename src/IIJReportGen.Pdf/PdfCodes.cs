using IIJReportGen.Diagnostics;

namespace IIJReportGen.Pdf;

/// <summary>Stable codes of the PDF writer's findings (the README's table lists every component's codes).</summary>
public static class PdfCodes
{
    [DiagnosticCode(Severity.Warning, "a font with CFF or variable outlines is embedded as Type 3 (its text extracts poorly)")]
    public const string Type3Font = "PDF001";

    [DiagnosticCode(Severity.Warning, "a font could not be subset and is embedded whole")]
    public const string NotSubset = "PDF002";
}
