using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Xbrl;

/// <summary>What an element's facts are: a typed fact, a derived measure, or a derived year-on-year change.</summary>
public enum XbrlFigureKind
{
    Fact,
    Measure,
    Change,
}

/// <summary>One element of the generated taxonomy, with what its facts need: type, period type, balance, unit, decimals, labels.</summary>
/// <remarks>Id is the dataset key (for a change, the key of the figure it is the change of); Documentation says how a derived figure is computed.</remarks>
public sealed record XbrlElement(
    string Id,
    string Name,
    XbrlFigureKind Kind,
    string ItemType,
    PeriodType PeriodType,
    string? Balance,
    string UnitId,
    int Decimals,
    string Label,
    string? LabelJa,
    string? Documentation);

/// <summary>An XBRL unit: its id and the measures (QNames) of its numerator and denominator.</summary>
public sealed record XbrlUnit(string Id, IReadOnlyList<string> Numerator, IReadOnlyList<string> Denominator);

/// <summary>An XBRL context: its id and the period it stands for (with the forecast marker when the period is a forecast).</summary>
public sealed record XbrlContext(string Id, Period Period)
{
    public bool IsForecast => Period.Scenario == Scenario.Forecast;
}
