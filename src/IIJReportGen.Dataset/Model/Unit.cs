using IIJReportGen.Diagnostics;

namespace IIJReportGen.Dataset.Model;

/// <summary>A unit of measure: a currency, shares, a ratio unit, or a count (contracts, ATMs).</summary>
/// <param name="Symbol">A currency's mark before an amount in prose and headings ("JPY", "US$", "€"); default its ISO code.</param>
/// <param name="ShortSymbol">A shorter mark where the context leaves no doubt ("$" beside a yen amount); default the symbol.</param>
/// <param name="Name">A currency's name in a sentence, singular ("yen", "U.S. dollar"); default the label.</param>
public sealed record Unit(string Key, string Label, string? Xbrl, string? Numerator, string? Denominator,
    string? Symbol, string? ShortSymbol, string? Name, SourceLocation Location) : IKeyed
{
    private const string Iso4217 = "iso4217:";

    /// <summary>True for JPY and other ISO 4217 currencies (convertible at the convenience rate).</summary>
    public bool IsMonetary => Xbrl?.StartsWith(Iso4217, StringComparison.Ordinal) == true;

    /// <summary>The ISO 4217 code of a currency ("JPY"); null for any other unit.</summary>
    public string? CurrencyCode => IsMonetary ? Xbrl![Iso4217.Length..] : null;

    /// <summary>The words documents write a currency with, the defaults filled in.</summary>
    public CurrencyWords Words => new(CurrencyCode ?? Key, Label, Symbol ?? CurrencyCode ?? Key, ShortSymbol ?? Symbol ?? CurrencyCode ?? Key, Name ?? Label);
}

/// <summary>How the documents write a currency: "Thousands of U.S. Dollars" (label), "US$553" (symbol), "$553" (short symbol),
/// "per 1 U.S. dollar" (name). Data of the dataset's units, never typed in a template.</summary>
public sealed record CurrencyWords(string Code, string Label, string Symbol, string ShortSymbol, string Name);
