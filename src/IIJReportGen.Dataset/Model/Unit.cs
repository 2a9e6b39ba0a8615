using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>A unit of measure: a currency, shares, a ratio unit, or a count (contracts, ATMs).</summary>
public sealed record Unit(string Key, string Label, string? Xbrl, string? Numerator, string? Denominator, SourceLocation Location) : IKeyed
{
    /// <summary>True for JPY and other ISO 4217 currencies (convertible at the convenience rate).</summary>
    public bool IsMonetary => Xbrl?.StartsWith("iso4217:", StringComparison.Ordinal) == true;
}
