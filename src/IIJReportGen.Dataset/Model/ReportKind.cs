namespace IIJReportGen.Dataset.Model;

/// <summary>What kind of release a report is — its first quarter (Q1), first half (1H), first nine months (Q3) or full year (FY) —
/// read from the length of its current period, so the kind never disagrees with the dates the documents state.</summary>
/// <param name="Quarters">How many quarters of the fiscal year the current period covers (1–4).</param>
public sealed record ReportKind(int Quarters)
{
    /// <summary>The kind as IR teams name it: "Q1", "1H", "Q3" or "FY".</summary>
    public string Code => Quarters switch { 1 => "Q1", 2 => "1H", 3 => "Q3", _ => "FY" };

    /// <summary>True for a full-year release (TDnet's annual form, the year's own figures instead of a cumulative part).</summary>
    public bool IsFullYear => Quarters == 4;

    /// <summary>The kind of a report whose current period is <paramref name="current"/>: three, six, nine or twelve months
    /// (counted as <see cref="Period.Months"/> counts them); null for an instant or any other length.</summary>
    public static ReportKind? Of(Period current) => current.Months is 3 or 6 or 9 or 12 ? new ReportKind(current.Months.Value / 3) : null;
}
