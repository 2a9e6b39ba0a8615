using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Model;
using IIJReportGen.Diagnostics;

namespace IIJReportGen.Validation;

/// <summary>
/// report.quarter, when the dataset has it, is the latest three months of the report's kind (read from the current period's
/// length, <see cref="ReportKind"/>): three months ending the day the current period ends. A first half's quarter is its 2nd,
/// a full year's its 4th; a quarter left behind when the report changed kind would have the TDnet summary file the wrong one.
/// </summary>
internal static class QuarterKindCheck
{
    public static int Run(ReportDataset dataset, DiagnosticBag diagnostics)
    {
        if (dataset.Report.Quarter is not { } key || dataset.Kind is not { } kind || !dataset.Periods.TryGet(key, out var quarter)
            || !dataset.Periods.TryGet(dataset.Report.Current, out var current))
            return 0;
        if (quarter is { Type: PeriodType.Duration, Months: 3 } && quarter.End == current.End)
            return 1;
        var fitting = dataset.Periods.FirstOrDefault(p => p is { Type: PeriodType.Duration, Months: 3, Scenario: Scenario.Actual } && p.End == current.End);
        diagnostics.Add(Diagnostic.Error(ValidationCodes.QuarterDoesNotFitKind,
            $"report.quarter is '{key}' ({Describe(quarter)}), but the report is a {Name(kind)} ({kind.Code}, '{current.Key}' ends {NumberText.IsoDate(current.End)}): its quarter is the three months ended {NumberText.IsoDate(current.End)}.",
            new SourceLocation(dataset.File, 0, 0, "$.report.quarter"),
            fitting is null
                ? $"Add that three-month period and name it in report.quarter, or remove report.quarter."
                : $"Set report.quarter to \"{fitting.Key}\", or remove it."));
        return 1;
    }

    private static string Describe(Period period) => period switch
    {
        { Type: PeriodType.Instant } => $"an instant, {NumberText.IsoDate(period.End)}",
        { Months: { } months } => $"{months} months ended {NumberText.IsoDate(period.End)}",
        _ => $"ended {NumberText.IsoDate(period.End)}",
    };

    private static string Name(ReportKind kind) => kind.Quarters switch
    {
        1 => "first quarter", 2 => "first half", 3 => "first nine months", _ => "full year",
    };
}
