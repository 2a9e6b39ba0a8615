using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>How a figure is rounded to the displayed precision.</summary>
public enum RoundingMode
{
    HalfUp,
    Truncate,
}

/// <summary>How negative figures are written.</summary>
public enum NegativeStyle
{
    Parentheses,
    Minus,
    Triangle,
}

/// <summary>The convenience translation into another currency (e.g. JPY98.29 per US$1.00).</summary>
/// <param name="Currency">The ISO 4217 code translated into; the dataset's unit of that currency gives its words.</param>
/// <param name="Location">Where the currency is named, for findings about it.</param>
public sealed record ConvenienceTranslation(string Currency, decimal Rate, DateOnly Date, string? Basis, SourceLocation Location);

/// <summary>How % changes are shown.</summary>
public sealed record PercentChangePolicy(int Decimals, string BaseNotPositive, decimal AlmostFlatBelow);

/// <summary>Presentation policies: settings, not data.</summary>
public sealed record Policies(
    IReadOnlyDictionary<string, RoundingMode> Rounding,
    ConvenienceTranslation Convenience,
    NegativeStyle NegativeStyle,
    PercentChangePolicy PercentChange)
{
    /// <summary>The policies one document shows its figures by; with no document (validation, the XBRL instance), the defaults.</summary>
    /// <remarks>The one place a document's settings are resolved: a per-document negative style or dash is added here, not in the callers.</remarks>
    public PresentationPolicy For(string? document) => new(
        document is not null && Rounding.TryGetValue(document, out var mode) ? mode : RoundingMode.HalfUp,
        NegativeStyle,
        PercentChange);
}

/// <summary>How one document shows figures: its rounding, its negative style, its % change policy and the dash of a nil figure.</summary>
public sealed record PresentationPolicy(RoundingMode Rounding, NegativeStyle NegativeStyle, PercentChangePolicy PercentChange, string Dash = "-");
