using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset;

/// <summary>Stable codes of the findings the dataset loader reports (the README's table lists every component's codes).</summary>
public static class DatasetCodes
{
    [DiagnosticCode(Severity.Error, "the dataset file cannot be read")]
    public const string Unreadable = "DS001";

    [DiagnosticCode(Severity.Error, "malformed JSON (syntax, comments, trailing commas, invalid UTF-8)")]
    public const string MalformedJson = "DS002";

    [DiagnosticCode(Severity.Error, "unknown property (with a \"did you mean\")")]
    public const string UnknownProperty = "DS003";

    [DiagnosticCode(Severity.Error, "a required property is missing")]
    public const string MissingProperty = "DS004";

    [DiagnosticCode(Severity.Error, "wrong type (e.g. a figure typed as a string)")]
    public const string WrongType = "DS005";

    [DiagnosticCode(Severity.Error, "invalid value (date, choice, range)")]
    public const string InvalidValue = "DS006";

    [DiagnosticCode(Severity.Error, "reference to an undefined unit, period, concept, measure, line or table")]
    public const string UndefinedReference = "DS007";

    [DiagnosticCode(Severity.Error, "duplicate key or line id")]
    public const string DuplicateKey = "DS008";

    [DiagnosticCode(Severity.Error, "a period ends before it starts")]
    public const string PeriodOrder = "DS009";

    [DiagnosticCode(Severity.Error, "syntax error in a measure expression or tie-out rule")]
    public const string ExpressionSyntax = "DS010";

    [DiagnosticCode(Severity.Error, "cycle (measures, calculation parents, `linesFrom`)")]
    public const string Cycle = "DS011";

    [DiagnosticCode(Severity.Error, "dataset over the size limit (16 MB)")]
    public const string TooLarge = "DS012";

    [DiagnosticCode(Severity.Error, "a number out of range for a financial figure (e.g. 1e400)")]
    public const string FigureOutOfRange = "DS013";
}
