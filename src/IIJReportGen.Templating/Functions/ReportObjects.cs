using IIJReportGen.Dataset.Measures;
using IIJReportGen.Dataset.Model;
using Scriban.Runtime;

namespace IIJReportGen.Templating.Functions;

/// <summary>The dataset's company and report sections and its two currencies' words as template objects (snake_case members;
/// absent optional fields are absent, so strict mode reports their use).</summary>
internal static class ReportObjects
{
    public static void ImportInto(ScriptObject globals, ReportModel model, string document)
    {
        globals.SetValue("company", Company(model.Dataset.Company), readOnly: true);
        globals.SetValue("report", Report(model.Dataset), readOnly: true);
        globals.SetValue("document", document, readOnly: true);
        if (model.Currencies.Reporting is { } reporting)
            globals.SetValue("currency", Currency(reporting.Words), readOnly: true);
        if (model.Currencies.Convenience is { } convenience)
            globals.SetValue("convenience_currency", Currency(convenience.Words), readOnly: true);
    }

    /// <summary>{ code, label, symbol, short_symbol, name }: "JPY", "U.S. Dollars", "US$", "$", "U.S. dollar".</summary>
    private static ScriptObject Currency(CurrencyWords words) => new()
    {
        ["code"] = words.Code,
        ["label"] = words.Label,
        ["symbol"] = words.Symbol,
        ["short_symbol"] = words.ShortSymbol,
        ["name"] = words.Name,
    };

    private static ScriptObject Company(Company company)
    {
        var result = new ScriptObject
        {
            ["name"] = company.Name,
            ["short_name"] = company.ShortName,
            ["listings"] = new ScriptArray(company.Listings.Select(Listing)),
            ["urls"] = Dictionary(company.Urls),
            ["people"] = Dictionary(company.People.ToDictionary(p => p.Key, p => (object)Person(p.Value))),
        };
        Optional(result, "url", company.Url);
        Optional(result, "email", company.Email);
        Optional(result, "phone", company.Phone);
        Optional(result, "phone_domestic", company.PhoneDomestic);
        return result;
    }

    private static ScriptObject Listing(Listing listing)
    {
        var result = new ScriptObject { ["exchange"] = listing.Exchange, ["code"] = listing.Code };
        Optional(result, "market", listing.Market);
        return result;
    }

    private static ScriptObject Person(Person person) => new() { ["name"] = person.Name, ["title"] = person.Title };

    /// <summary>The report section, with its kind ("Q1", "1H", "Q3", "FY") and quarters (1–4) when the current period is one, and
    /// has_quarter: whether the report shows its last quarter apart (a half year's second quarter; not a Q1's only quarter).</summary>
    private static ScriptObject Report(ReportDataset dataset)
    {
        var report = dataset.Report;
        var result = new ScriptObject { ["current"] = report.Current, ["flags"] = Dictionary(report.Flags), ["has_quarter"] = report.Quarter is not null };
        if (dataset.Kind is { } kind)
        {
            result["kind"] = kind.Code;
            result["quarters"] = kind.Quarters;
        }
        Optional(result, "city", report.City);
        Optional(result, "quarter", report.Quarter);
        Optional(result, "balance_sheet", report.BalanceSheet);
        Optional(result, "fiscal_year", report.FiscalYear);
        return result;
    }

    /// <summary>A dictionary keeps the dataset's keys as they are ("ir", "representative"), in the dataset's order.</summary>
    private static ScriptObject Dictionary<T>(IReadOnlyDictionary<string, T> entries)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in entries)
            result[key] = value;
        return result;
    }

    private static void Optional(ScriptObject target, string name, string? value)
    {
        if (value is not null)
            target[name] = value;
    }
}
