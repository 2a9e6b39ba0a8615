namespace IIJReportGen.Dataset.Model;

/// <summary>A stock listing: exchange, code, and the market section.</summary>
public sealed record Listing(string Exchange, string Code, string? Market);

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
