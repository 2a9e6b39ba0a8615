using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>Stable codes of the validation findings (the README's table lists every component's codes).</summary>
public static class ValidationCodes
{
    [DiagnosticCode(Severity.Error, "a total does not equal the weighted sum of its lines")]
    public const string CalculationInconsistent = "VAL001";

    [DiagnosticCode(Severity.Error, "a declared tie-out does not hold")]
    public const string TieOutFails = "VAL002";

    [DiagnosticCode(Severity.Warning, "a figure recorded \"as published\" differs from the derived figure (seed errata)")]
    public const string PublishedDiffers = "VAL003";

    [DiagnosticCode(Severity.Warning, "a table shown in millions has parts that do not foot to its shown total")]
    public const string RoundingFooting = "VAL004";

    [DiagnosticCode(Severity.Error, "a table shows, or a text, title or line label cites, a figure the dataset has no value for")]
    public const string MissingFact = "VAL005";

    [DiagnosticCode(Severity.Warning, "a tie-out applies to no period")]
    public const string TieOutNeverApplies = "VAL006";

    [DiagnosticCode(Severity.Warning, "an \"as published\" figure cannot be derived")]
    public const string PublishedNotDerivable = "VAL007";

    [DiagnosticCode(Severity.Warning, "a dataset text types a sign word (gains, losses, increased, provided) that the figure it cites, as shown, contradicts")]
    public const string SignWordDisagrees = "VAL008";

    [DiagnosticCode(Severity.Error, "a label or text states a date or length (\"six months ended …\") that no period of the dataset has")]
    public const string DateLabelDisagrees = "VAL009";

    [DiagnosticCode(Severity.Warning, "a label or text names a currency the documents do not show (not the reporting or the convenience currency)")]
    public const string ForeignCurrencyWord = "VAL010";

    [DiagnosticCode(Severity.Warning, "a dataset text is marked \"confirm\": its words are still to be confirmed from a source")]
    public const string TextToConfirm = "VAL011";

    [DiagnosticCode(Severity.Error, "a text is not reviewed as it stands: never reviewed, or changed (its words or a figure it cites) since")]
    public const string TextNotReviewed = "VAL012";

    [DiagnosticCode(Severity.Error, "report.quarter is not the latest three months of the report's kind (three months ending when the current period ends)")]
    public const string QuarterDoesNotFitKind = "VAL013";

    [DiagnosticCode(Severity.Warning, "a release, filing or payment date (a report date after the period) falls on a weekend or a holiday the exchange's calendar lists")]
    public const string DateOnClosedDay = "VAL014";

    [DiagnosticCode(Severity.Warning, "the exchange's calendar (report.calendar) lists no day of a year a release, filing or payment date falls in: extend it")]
    public const string CalendarNotCovering = "VAL015";
}
