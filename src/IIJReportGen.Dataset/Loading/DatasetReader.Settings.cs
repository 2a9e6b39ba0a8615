using IIJReportGen.Dataset.Figures;
using IIJReportGen.Dataset.Json;
using IIJReportGen.Dataset.Model;

namespace IIJReportGen.Dataset.Loading;

/// <summary>The company, report and policies sections.</summary>
internal sealed partial class DatasetReader
{
    private static readonly string[] RoundingModes = ["halfUp", "truncate"];
    private static readonly string[] NegativeStyles = ["parentheses", "minus", "triangle"];
    private static readonly string[] DateStyles = ["english", "japaneseEra", "japaneseWestern"];
    private static readonly string[] Languages = ["en", "ja"];

    private Company? ReadCompany(ObjectReader? json)
    {
        if (json is null)
            return null;
        var listings = new List<Listing>();
        foreach (var token in json.Array("listings") ?? [])
        {
            if (AsObject(token, "A listing") is not { } listing)
                continue;
            var exchange = listing.String("exchange", required: true);
            var code = listing.String("code", required: true);
            var market = listing.String("market");
            var tdnet = ReadNames(listing, "tdnet");
            listing.Finish();
            if (exchange is not null && code is not null)
                listings.Add(new Listing(exchange, code, market, tdnet));
        }
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var entry in json.Entries("people"))
        {
            if (AsObject(entry.Value, $"Person '{entry.Name}'") is not { } person)
                continue;
            var name = person.String("name", required: true);
            var title = person.String("title", required: true);
            person.Finish();
            if (name is not null && title is not null)
                people[entry.Name] = new Person(name, title);
        }
        var company = new Company(
            json.String("name", required: true) ?? "",
            json.String("shortName", required: true) ?? "",
            listings,
            json.String("url"),
            ReadStrings(json, "urls"),
            json.String("email"),
            json.String("phone"),
            json.String("phoneDomestic"),
            people);
        json.Finish();
        return company;
    }

    private ReportInfo? ReadReport(ObjectReader? json)
    {
        if (json is null)
            return null;
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var dateEntries = json.Entries("dates");
        foreach (var entry in dateEntries)
        {
            if (entry.Value.Kind == JsonKind.String &&
                NumberText.TryReadIsoDate(entry.Value.Text, out var date))
                dates[entry.Name] = date;
            else
                json.Invalid(entry.Value, $"Date '{entry.Name}' must be written yyyy-MM-dd.", "For example \"2013-11-08\".");
        }
        var labels = json.Entries("labels").ToList();
        var report = new ReportInfo(
            json.String("city"),
            json.String("current", required: true) ?? "",
            json.String("quarter"),
            json.String("balanceSheet"),
            json.String("fiscalYear"),
            dates,
            ReadStrings(json, "labels", labels),
            labels.ToDictionary(e => e.Name, e => Where(e.Value), StringComparer.Ordinal),
            ReadFlags(json))
        {
            DateLocations = dateEntries.ToDictionary(e => e.Name, e => Where(e.Value), StringComparer.Ordinal),
            Calendar = ReadCalendar(json.Object("calendar")) ?? ExchangeCalendar.Weekends,
        };
        json.Finish();
        return report;
    }

    /// <summary>report.calendar: the exchange and the days it is closed besides weekends, by date, each with its name.</summary>
    private ExchangeCalendar? ReadCalendar(ObjectReader? json)
    {
        if (json is null)
            return null;
        var exchange = json.String("exchange", required: true);
        var closed = new Dictionary<DateOnly, string>();
        foreach (var entry in json.Entries("closed", required: true))
        {
            if (!NumberText.TryReadIsoDate(entry.Name, out var date))
                json.Invalid(entry, $"Closed day '{entry.Name}' must be a date written yyyy-MM-dd.", "For example \"2014-11-24\": \"Labor Thanksgiving Day (substitute)\".");
            else if (entry.Value.Kind != JsonKind.String)
                json.Invalid(entry.Value, $"Closed day '{entry.Name}' must name the holiday in a string.", "For example \"New Year holiday\".");
            else
                closed[date] = entry.Value.Text!;
        }
        json.Finish();
        return exchange is null ? null : new ExchangeCalendar(exchange, closed, json.Location);
    }

    private Dictionary<string, bool> ReadFlags(ObjectReader json)
    {
        var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var entry in json.Entries("flags"))
        {
            if (entry.Value.Kind == JsonKind.Boolean)
                flags[entry.Name] = entry.Value.Boolean;
            else
                json.Invalid(entry.Value, $"Flag '{entry.Name}' must be true or false.", "Write true or false, without quotes.");
        }
        return flags;
    }

    private Policies? ReadPolicies(ObjectReader? json)
    {
        if (json is null)
            return null;
        var rounding = new Dictionary<string, RoundingMode>(StringComparer.Ordinal);
        foreach (var entry in json.Entries("rounding"))
        {
            var mode = entry.Value.Kind == JsonKind.String ? entry.Value.Text! : "";
            if (Array.IndexOf(RoundingModes, mode) >= 0)
                rounding[entry.Name] = mode == "halfUp" ? RoundingMode.HalfUp : RoundingMode.Truncate;
            else
                json.Invalid(entry.Value, $"Rounding for '{entry.Name}' is '{mode}', which is not one of: {string.Join(", ", RoundingModes)}.",
                    "Use halfUp (half away from zero, as most filings do) or truncate.");
        }
        var convenience = ReadConvenience(json.Object("convenienceTranslation", required: true));
        var negative = json.Choice("negativeStyle", NegativeStyles) ?? "parentheses";
        var percent = ReadPercentPolicy(json.Object("percentChange"));
        var documents = new Dictionary<string, DocumentStyle>(StringComparer.Ordinal);
        foreach (var entry in json.Entries("documents"))
            if (ReadDocumentStyle(entry.Name, entry.Value) is { } style)
                documents[entry.Name] = style;
        json.Finish();
        if (convenience is null)
            return null;
        return new Policies(rounding, convenience, ParseNegative(negative)!.Value, percent, documents);
    }

    private static NegativeStyle? ParseNegative(string? negative) => negative switch
    {
        null => null,
        "minus" => NegativeStyle.Minus,
        "triangle" => NegativeStyle.Triangle,
        _ => NegativeStyle.Parentheses,
    };

    private DocumentStyle? ReadDocumentStyle(string document, JsonItem token)
    {
        if (AsObject(token, $"The policies of document '{document}'") is not { } json)
            return null;
        var negative = json.Choice("negativeStyle", NegativeStyles);
        var dates = json.Choice("dates", DateStyles) switch
        {
            "japaneseEra" => DateStyle.JapaneseEra,
            "japaneseWestern" => DateStyle.JapaneseWestern,
            _ => DateStyle.English,
        };
        var language = json.Choice("language", Languages) ?? "en";
        var style = new DocumentStyle(ParseNegative(negative), dates, json.String("dash"), json.String("notMeaningful"), language);
        json.Finish();
        return style;
    }

    private ConvenienceTranslation? ReadConvenience(ObjectReader? json)
    {
        if (json is null)
            return null;
        var currency = json.String("currency", required: true);
        var rate = json.Decimal("rate", required: true);
        var date = json.Date("date", required: true);
        var basis = json.String("basis");
        json.Finish();
        if (rate is <= 0)
            json.Invalid(json.Json["rate"]!, "The convenience rate must be positive.", "Write JPY per unit of the currency, e.g. 98.29.");
        return currency is null || rate is not > 0 || date is null ? null : new ConvenienceTranslation(currency, rate.Value, date.Value, basis, json.LocationOf("currency"));
    }

    private PercentChangePolicy ReadPercentPolicy(ObjectReader? json)
    {
        if (json is null)
            return new PercentChangePolicy(1, "n.m.", 0.5m);
        var policy = new PercentChangePolicy(
            json.Int("decimals", 0, 4) ?? 1,
            json.String("baseNotPositive") ?? "n.m.",
            json.Decimal("almostFlatBelow") ?? 0.5m);
        json.Finish();
        return policy;
    }
}
