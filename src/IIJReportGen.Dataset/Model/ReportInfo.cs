using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>Which periods the documents are about, and their named dates and phrases.</summary>
/// <param name="LabelLocations">Where each label is typed, for findings about what it states.</param>
public sealed record ReportInfo(
    string? City,
    string Current,
    string? Quarter,
    string? BalanceSheet,
    string? FiscalYear,
    IReadOnlyDictionary<string, DateOnly> Dates,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, SourceLocation> LabelLocations);
