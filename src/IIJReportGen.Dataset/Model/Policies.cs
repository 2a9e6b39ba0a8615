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

/// <summary>How dates are written: "November 8, 2013", "平成25年11月8日" (the Japanese era) or "2013年11月8日".</summary>
public enum DateStyle
{
    English,
    JapaneseEra,
    JapaneseWestern,
}

/// <summary>What one document shows differently from the dataset-wide policies (a Japanese summary's △, era dates and dash).</summary>
/// <param name="NegativeStyle">Its negative style, or null for the dataset's.</param>
/// <param name="Dates">How it writes dates.</param>
/// <param name="Dash">What a nil figure shows, or null for "-".</param>
/// <param name="NotMeaningful">What a % change with a base of zero or less shows, or null for the dataset's.</param>
/// <param name="Language">The language it is written in ("en", "ja"): which words of the TDnet form's own facts it shows.</param>
public sealed record DocumentStyle(NegativeStyle? NegativeStyle, DateStyle Dates, string? Dash, string? NotMeaningful, string Language = "en");

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
    PercentChangePolicy PercentChange,
    IReadOnlyDictionary<string, DocumentStyle>? Documents = null)
{
    /// <summary>The policies one document shows its figures by; with no document (validation, the XBRL instance), the defaults.</summary>
    /// <remarks>The one place a document's settings are resolved: a per-document negative style or dash is added here, not in the callers.</remarks>
    public PresentationPolicy For(string? document)
    {
        var rounding = document is not null && Rounding.TryGetValue(document, out var mode) ? mode : RoundingMode.HalfUp;
        if (document is null || Documents is null || !Documents.TryGetValue(document, out var style))
            return new PresentationPolicy(rounding, NegativeStyle, PercentChange);
        var percent = style.NotMeaningful is { } nm ? PercentChange with { BaseNotPositive = nm } : PercentChange;
        return new PresentationPolicy(rounding, style.NegativeStyle ?? NegativeStyle, percent, style.Dash ?? "-", style.Dates, style.Language);
    }
}

/// <summary>How one document shows figures and dates: its rounding, its negative style, its % change policy, the dash of a nil
/// figure, its date style and its language.</summary>
public sealed record PresentationPolicy(RoundingMode Rounding, NegativeStyle NegativeStyle, PercentChangePolicy PercentChange, string Dash = "-",
    DateStyle Dates = DateStyle.English, string Language = "en");
