namespace IIJReportGen.Dataset.Model;

/// <summary>A stock listing: exchange, code, the market section, and the TDnet listing flags it sets (tse-ed-t elements,
/// e.g. TokyoStockExchange and TokyoStockExchange1stSection).</summary>
public sealed record Listing(string Exchange, string Code, string? Market, IReadOnlyList<string> Tdnet);

/// <summary>A named person with a title (representative, contact).</summary>
public sealed record Person(string Name, string Title);

/// <summary>The reporting company.</summary>
public sealed record Company(
    string Name,
    string ShortName,
    IReadOnlyList<Listing> Listings,
    string? Url,
    IReadOnlyDictionary<string, string> Urls,
    string? Email,
    string? Phone,
    string? PhoneDomestic,
    IReadOnlyDictionary<string, Person> People);
