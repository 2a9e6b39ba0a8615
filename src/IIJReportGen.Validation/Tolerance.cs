using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Validation;

/// <summary>How far two sides of a sum may differ given the precision of the figures in it.</summary>
/// <remarks>Figures typed at one precision (a statement in thousands) must foot exactly: a one-unit typo is an error.
/// Mixed precisions (a millions breakdown of a total in thousands) use XBRL Calculations 1.1's intervals:
/// each figure stands for value ± half a unit of its precision, and the intervals must overlap.</remarks>
internal static class Tolerance
{
    /// <summary>The allowed difference for a sum over figures with these base decimals (one entry per figure).</summary>
    public static decimal For(IReadOnlyCollection<int> baseDecimals) =>
        baseDecimals.Distinct().Count() <= 1 ? 0m : baseDecimals.Sum(d => Powers.Ten(-d) / 2m);
}
