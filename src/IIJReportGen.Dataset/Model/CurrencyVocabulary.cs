using System.Text.RegularExpressions;

namespace IIJReportGen.Dataset.Model;

/// <summary>The words that name a currency in English documents: ISO codes, symbols and names ("JPY", "US$", "€", "yen",
/// "dollars"). Templates may not type them (a template rule); a dataset text may only name the currencies its documents show.</summary>
/// <remarks>Codes are matched in upper case only, so a column measure named "usd" is no currency word; names in any case.</remarks>
public static partial class CurrencyVocabulary
{
    /// <summary>Every currency word in a text.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:JPY|USD|EUR|GBP|CNY|RMB|CHF|CAD|AUD|HKD|KRW|SGD|TWD|INR)(?![\p{L}])|US\$|[$¥€£₩￥]|\b(?i:yen|dollars?|euros?|yuan|renminbi|sterling|francs?|rupees?)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    /// <summary>True when <paramref name="word"/> (a match of <see cref="Pattern"/>) is one of the words of these currencies: their codes,
    /// symbols, and the words of their labels and names (in any case, a name also in its plural).</summary>
    public static bool Names(string word, IEnumerable<CurrencyWords> currencies) =>
        currencies.SelectMany(Words).Contains(word, StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Words(CurrencyWords currency) =>
        new[] { currency.Code, currency.Symbol, currency.ShortSymbol }
            .Concat(currency.Label.Split(' ')).Concat(currency.Name.Split(' ')).Concat(currency.Name.Split(' ').Select(w => w + "s"));
}
