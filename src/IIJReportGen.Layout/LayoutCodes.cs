using IIJReportGen.Diagnostics;

namespace IIJReportGen.Layout;

/// <summary>Stable codes of the layout engine's findings (the README's table lists every component's codes).</summary>
public static class LayoutCodes
{
    [DiagnosticCode(Severity.Error, "a character is in none of the fonts of its chain (at the markup text holding it)")]
    public const string MissingGlyph = "LAYOUT001";

    [DiagnosticCode(Severity.Error, "a font family the stylesheet names is neither bundled nor installed (at its declaration; never substituted)")]
    public const string MissingFamily = "LAYOUT002";

    [DiagnosticCode(Severity.Error, "content does not fit in the page's content band even when split")]
    public const string DoesNotFit = "LAYOUT003";

    [DiagnosticCode(Severity.Error, "pagination makes no progress (consecutive page breaks, content that cannot split)")]
    public const string NoProgress = "LAYOUT004";
}
