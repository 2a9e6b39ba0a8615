using System.Globalization;
using System.Text.Json.Nodes;
using IIJReportGen.Dataset.Measures;

namespace IIJReportGen.Pipeline.Tests.Properties.Words;

/// <summary>What each sentence of the documents must say for a dataset, computed from its figures by the wording rules of
/// the issue ("Words that follow the figures"), independently of the templates and their helpers: its own rounding
/// (half up), its own number text, its own reading of a change.</summary>
/// <remarks>Raw values come from the dataset's model (its arithmetic of measures); every decision about how a value reads —
/// rounded figure, % change, up / down / almost flat / unchanged / not meaningful, name by sign — is made here.</remarks>
public sealed class WordsOracle(ReportModel model, JsonObject json)
{
    private const string Current = "1H13", Prior = "1H12", Balance = "1H13-end", Opening = "FY2012-end";
    private const decimal AlmostFlatBelow = 0.5m;

    private enum Reading { Up, Down, Flat, Unchanged, NotMeaningful }

    private JsonObject Units => json["units"]!.AsObject();

    private JsonNode Reporting => Units["JPY"]!;

    private JsonNode Convenience => Units.First(u => (string?)u.Value!["xbrl"] == "iso4217:" + (string)json["policies"]!["convenienceTranslation"]!["currency"]!).Value!;

    private string Symbol => (string)Reporting["symbol"]!;

    private decimal Rate => (decimal)json["policies"]!["convenienceTranslation"]!["rate"]!;

    /// <summary>Sentences (or their fixed parts, up to a dataset text) the press release must contain.</summary>
    public IEnumerable<string> PressRelease()
    {
        foreach (var line in Highlights())
            yield return line;
        foreach (var (subject, verb, id) in AmountSentences)
            yield return $"{subject} {verb} {Amount(id, Current, false)}, {AmountClause(id)}.";
        foreach (var (label, cost, segment, yoy) in CostLines)
            yield return $"Cost of {label} revenues was {Amount(cost, Current, false)}, {AmountClause(cost)}." ;
        foreach (var (_, _, segment, yoy) in CostLines)
            yield return GrossMargin(segment, yoy);
        yield return $"Systems construction revenue, a one-time revenue, was {Amount("SystemsConstructionRevenue", Current, false)}, {Clause("SystemsConstructionRevenue", Current, false)}, ";
        yield return $"Systems operation and maintenance revenue, a recurring revenue, was {Amount("SystemsOperationAndMaintenanceRevenue", Current, false)}, {Clause("SystemsOperationAndMaintenanceRevenue", Current, false)}. ";
        yield return $"The orders received for SI and equipment sales were {Amount("SiOrdersReceived", Current, false)}, {Clause("SiOrdersReceived", Current, false)}.";
        yield return $"The order backlog for SI and equipment sales as of {DateOf(Balance)} amounted to {Amount("SiOrderBacklog", Balance, false)}, {Clause("SiOrderBacklog", Balance, false)}.";
        yield return $"{Capital(Name("OperatingIncome", Current))} was {Amount("OperatingIncome", Current, true)}, {Clause("OperatingIncome", Current, true)}. ";
        yield return $"Other income (expenses) was {Name("OtherIncomeExpenseNet", Current)} of {Amount("OtherIncomeExpenseNet", Current, true)} ({Name("OtherIncomeExpenseNet", Prior)} of {Amount("OtherIncomeExpenseNet", Prior, true)} for {Prior}), ";
        yield return WithPrior("IncomeBeforeIncomeTaxAndEquityInNetIncome", Capital(Name("IncomeBeforeIncomeTaxAndEquityInNetIncome", Current))) + " ";
        yield return NamedWithPrior("IncomeTaxExpense") + ".";
        yield return NamedWithPrior("EquityInNetIncomeOfEquityMethodInvestees") + " ";
        yield return WithPrior("NetIncome", "As a result of the above, " + Name("NetIncome", Current)) + ".";
        yield return $"{Capital(Name("NetIncomeAttributableToNoncontrollingInterests", Current))} was {Amount("NetIncomeAttributableToNoncontrollingInterests", Current, true)} ";
        yield return $"({Capital(Name("NetIncomeAttributableToNoncontrollingInterests", Prior))} of {Amount("NetIncomeAttributableToNoncontrollingInterests", Prior, true)} for {Prior}).";
        yield return WithPrior("NetIncomeAttributableToIij", Capital(Name("NetIncomeAttributableToIij", Current))) + ".";
        foreach (var sentence in Position())
            yield return sentence;
        foreach (var sentence in CurrencyAndDates())
            yield return sentence;
        yield return OtherIncomeReason();
    }

    /// <summary>The press release's table rows: the highlights, each a heading by the figure's sign, its amount in both currencies and its change.</summary>
    public IEnumerable<(string Heading, string Cells)> PressReleaseRows()
    {
        foreach (var (id, prose) in new[] { ("TotalRevenues", "revenues"), ("OperatingIncome", ""), ("NetIncomeAttributableToIij", "") })
        {
            var signed = prose.Length == 0;
            var usd = Rounded(model.Value(id, Current)!.Value / Rate, 6);
            yield return (Headline(signed ? Name(id, Current) : prose), $"{Amount(id, Current, signed)} ({ConvenienceShort}{Text(signed ? Math.Abs(usd) : usd)} million, {Clause(id, Current, signed)})");
        }
    }

    /// <summary>The statements' column headings in the convenience currency's words (one heading cell each, in the XHTML; the PDF wraps them).</summary>
    public IEnumerable<string> Headings()
    {
        yield return $"Thousands of {(string)Convenience["label"]!}";
    }

    /// <summary>The TSE summary's note on comprehensive income.</summary>
    public IEnumerable<string> TseSummary()
    {
        var ci = "ComprehensiveIncomeAttributableToIij";
        var reading = Read(ci, Current, out var pct);
        yield return $"{Label(Current)}: {Amount(ci, Current, false)} ({(reading == Reading.NotMeaningful ? NotMeaningfulText : YoyWords(reading, pct) + " YoY")})";
    }

    /// <summary>The TSE summary's current row of results: figures and % changes, "n.m." where none is meaningful.</summary>
    public IEnumerable<(string Heading, string Cells)> TseRows()
    {
        yield return (Label(Current), string.Join(" ", TseLines.Select(id => $"{Millions(id, Current)} {PercentCell(id, Current)}")));
    }

    /// <summary>The current period's % changes of the TSE results table that are meaningful (and so tagged as facts), by concept.</summary>
    public IEnumerable<(string Id, bool Meaningful)> TseChanges() =>
        TseLines.Select(id => (id, HasPercent(id, Current)));

    /// <summary>Texts no document may contain, whatever the data; with <paramref name="prose"/>, also a signed amount after the
    /// currency ("JPY(…)"), which the press release's prose names by its sign instead (the TSE summary lists signed figures).</summary>
    public IEnumerable<string> Forbidden(bool prose)
    {
        yield return NotMeaningfulText + "%";
        yield return NotMeaningfulText + " YoY";
        yield return $"by {Symbol}0 million";
        yield return "by 0.0%";
        yield return "up 0.0%";
        yield return "down 0.0%";
        if (prose)
            yield return Symbol + "(";
        if ((string)json["policies"]!["convenienceTranslation"]!["currency"]! != "USD")
            foreach (var usd in new[] { "US$", "U.S. dollar", "U.S. Dollar", "$" })
                yield return usd;
    }

    public static readonly string[] TseLines = ["TotalRevenues", "OperatingIncome", "IncomeBeforeIncomeTaxAndEquityInNetIncome", "NetIncomeAttributableToIij"];

    private static readonly (string Subject, string Verb, string Id)[] AmountSentences =
    [
        ("Total revenues", "were", "TotalRevenues"), ("Network Services revenue", "was", "NetworkServicesRevenue"),
        ("Revenues for Internet connectivity services for corporate use", "were", "InternetConnectivityCorporateRevenue"),
        ("Revenues for Internet connectivity services for home use", "were", "InternetConnectivityHomeRevenue"),
        ("WAN services revenues", "were", "WanServicesRevenue"), ("Outsourcing services revenues", "were", "OutsourcingServicesRevenue"),
        ("SI revenues", "were", "SystemsIntegrationRevenue"), ("Equipment sales revenues", "were", "EquipmentSalesRevenue"),
        ("ATM Operation Business revenues", "were", "AtmOperationRevenue"), ("Total cost of revenues", "was", "TotalCostOfRevenues"),
        ("SG&A and R&D expenses", "were", "SgaAndRdExpenses"), ("Sales and Marketing expenses", "were", "SalesAndMarketingExpenses"),
        ("General and Administrative expenses", "were", "GeneralAndAdministrativeExpenses"), ("Research and Development expenses", "were", "ResearchAndDevelopmentExpenses"),
    ];

    private static readonly (string Label, string Cost, string Segment, bool Yoy)[] CostLines =
    [
        ("Network Services", "CostOfNetworkServices", "NetworkServices", true), ("SI", "CostOfSystemsIntegration", "SystemsIntegration", true),
        ("Equipment Sales", "CostOfEquipmentSales", "EquipmentSales", false), ("ATM Operation Business", "CostOfAtmOperation", "AtmOperation", false),
    ];

    private IEnumerable<string> Highlights()
    {
        foreach (var (id, prose, reason) in new[] { ("TotalRevenues", "revenues", "highlights.revenues.reason"), ("OperatingIncome", "", "highlights.operating-income.reason"), ("NetIncomeAttributableToIij", "", "highlights.net-income.reason") })
        {
            var signed = prose.Length == 0;
            var name = signed ? Name(id, Current) : prose;
            var reading = Read(id, Current, out var pct);
            var phrase = reading switch
            {
                Reading.Up => $"increased by {Pct(pct)}% YoY",
                Reading.Down => $"decreased by {Pct(-pct)}% YoY",
                Reading.Flat => "stayed almost flat YoY",
                Reading.Unchanged => "remained unchanged YoY",
                _ => $"amounted to {Amount(id, Current, signed)}, {ComparedWith(id, Prior, signed)}",
            };
            yield return $"{Current} {name} {phrase} {(string)json["texts"]![reason]!}";
        }
    }

    private string GrossMargin(string segment, bool yoy)
    {
        string margin = "GrossMargin" + segment, ratio = "GrossMarginRatio" + segment;
        var sentence = $"{Capital(Name(margin, Current))} was {Amount(margin, Current, true)}" + (yoy ? $", {Clause(margin, Current, true)}" : "");
        if (model.Value(ratio, Current) is not { } current)
            return sentence + ".";
        var ratioText = Text(Rounded(current * 100m, 0, decimals: 1), 1);
        return (model.Value(ratio, Prior) is null ? Reading.NotMeaningful : Read(ratio, Current, out _)) switch
        {
            Reading.Flat => $"{sentence}. Gross margin ratio was {ratioText}%, almost the same as {Prior}.",
            Reading.Unchanged => $"{sentence}. Gross margin ratio was {ratioText}%, the same as {Prior}.",
            _ => $"{sentence} and gross margin ratio was {ratioText}%.",
        };
    }

    private IEnumerable<string> Position()
    {
        var b = DateOf(Balance);
        var o = DateOf(Opening);
        yield return $"As of {b}, the balance of total assets was {Amount("TotalAssets", Balance, false)}, {Change("TotalAssets")} from the balance as of {o} ({Amount("TotalAssets", Opening, false)} as of {o}).";
        yield return $"cash and cash equivalents {Change("CashAndCashEquivalents")} ";
        yield return $"accounts receivable {Change("AccountsReceivableNet")}, and prepaid expenses {Change("PrepaidExpensesCurrent")}.";
        yield return $"property and equipment {Change("PropertyAndEquipmentNet")} and guarantee deposits {Change("GuaranteeDeposits")} ";
        yield return $"accounts payable {Change("AccountsPayable")} and income taxes payable {Change("IncomeTaxesPayable")}.";
        yield return $"capital lease obligations-current portion {ChangeTo("CapitalLeaseObligationsCurrent")} and capital lease obligations-noncurrent {ChangeTo("CapitalLeaseObligationsNoncurrent")}.";
        yield return $"Total IIJ shareholders' equity as of {b} {Change("TotalIijShareholdersEquity")} from the respective balance as of {o} ";
        foreach (var flow in new[] { "NetCashProvidedByOperatingActivities", "NetCashUsedInInvestingActivities", "NetCashProvidedByUsedInFinancingActivities" })
            yield return $"{Capital(Name(flow, Current))} for {Current} was {Amount(flow, Current, true)} compared to {Name(flow, Prior)} of {Amount(flow, Prior, true)} for {Prior}";
    }

    private IEnumerable<string> CurrencyAndDates()
    {
        var rate = Rate.ToString(CultureInfo.InvariantCulture); // as typed: the policy quotes the rate at its own precision
        var convenienceName = (string)Convenience["name"]!;
        yield return $"The rate used for the translation was {Symbol}{rate} per {(string)Convenience["symbol"]!}1.00, which was the noon buying rate on";
        yield return $"(Note) The {convenienceName} amounts have been translated from {(string)Reporting["name"]!}, for convenience only, at the rate of {Symbol} {rate} per 1 {convenienceName} which was";
        var current = json["periods"]![Current]!;
        yield return $"consolidated financial results for the first six months of {(string)json["report"]!["labels"]!["fiscalYear"]!} (from {Date((string)current["start"]!)} to {Date((string)current["end"]!)}, ";
    }

    /// <summary>The dataset's other-income reason cites foreign exchange gains or losses and the gain on other investments by their signs.</summary>
    private string OtherIncomeReason()
    {
        string Worded(string id, string period, string gain, string loss) =>
            (Rounded(model.Value(id, period)!.Value, 6) < 0 ? loss : gain) + Text(Math.Abs(Rounded(model.Value(id, period)!.Value, 6)));
        return $"mainly due to foreign currency {Worded("ForeignExchangeGainsLosses", Current, "gains of JPY", "losses of JPY")} million " +
            $"(foreign currency {Worded("ForeignExchangeGainsLosses", Prior, "gains of JPY", "losses of JPY")} million for {Prior}) and net " +
            $"{Worded("NetGainOnOtherInvestments", Current, "gain on other investments of JPY", "loss on other investments of JPY")} million.";
    }

    private string AmountClause(string id) => Read(id, Current, out _) == Reading.Flat ? $"stayed almost flat compared to {Prior}" : Clause(id, Current, false);

    private string WithPrior(string id, string subject) =>
        $"{subject} was {Amount(id, Current, true)}, {Clause(id, Current, true)}" +
        (Read(id, Current, out _) is Reading.NotMeaningful or Reading.Unchanged ? "" : $" ({Amount(id, Prior, false)} for {Prior})");

    private string NamedWithPrior(string id)
    {
        string name = Name(id, Current), prior = Name(id, Prior);
        return $"{Capital(name)} was {Amount(id, Current, true)} ({(prior == name ? "" : prior + " of ")}{Amount(id, Prior, true)} for {Prior})";
    }

    private string Clause(string id, string period, bool signed) => Read(id, period, out var pct) switch
    {
        Reading.NotMeaningful => ComparedWith(id, Comparative(period), signed),
        var reading => YoyWords(reading, pct) + " YoY",
    };

    private string ComparedWith(string id, string period, bool signed) =>
        $"compared with {(signed ? Name(id, period) + " of " : "")}{Amount(id, period, signed)} for {(string)json["periods"]![period]!["short"]!}";

    private static string YoyWords(Reading reading, decimal pct) => reading switch
    {
        Reading.Up => $"up {Pct(pct)}%",
        Reading.Down => $"down {Pct(-pct)}%",
        Reading.Flat => "almost flat",
        _ => "unchanged",
    };

    /// <summary>"increased by JPY… million" unless the change shows as JPY0 million ("remained almost unchanged") or is none at all.</summary>
    private string Change(string id)
    {
        var change = model.Value(id, Balance)!.Value - model.Value(id, Opening)!.Value;
        var shown = Rounded(change, 6);
        return change == 0 ? "remained unchanged"
            : shown == 0 ? "remained almost unchanged"
            : $"{(shown > 0 ? "increased" : "decreased")} by {Symbol}{Text(Math.Abs(shown))} million";
    }

    private string ChangeTo(string id) =>
        Change(id) + (Change(id).StartsWith("remained", StringComparison.Ordinal) ? " at " : " to ") + Amount(id, Balance, false);

    private Reading Read(string id, string period, out decimal pct)
    {
        pct = 0;
        var current = model.Value(id, period)!.Value;
        if (model.Value(id, Comparative(period)) is not { } prior)
        {
            pct = Reported(id, period);
            return Math.Abs(pct) < AlmostFlatBelow ? Reading.Flat : pct > 0 ? Reading.Up : Reading.Down;
        }
        if (current == prior)
            return Reading.Unchanged;
        if (prior <= 0 || current < 0)
            return Reading.NotMeaningful;
        pct = Rounded((current - prior) / prior * 100m, 0, decimals: 1);
        return pct == 0 || Math.Abs(pct) < AlmostFlatBelow ? Reading.Flat : pct > 0 ? Reading.Up : Reading.Down;
    }

    private decimal Reported(string id, string period) =>
        json["concepts"]!.AsObject().Select(c => c.Value!).Single(c => (string?)c["changeOf"] == id)["values"]![period]!.GetValue<decimal>();

    /// <summary>A table's % cell follows the policy alone: no % on a base of zero or less, or into a loss — even where the
    /// figure is unchanged (prose then says "unchanged"; the cell says the policy's text).</summary>
    private string PercentCell(string id, string period) => !HasPercent(id, period) ? NotMeaningfulText : Read(id, period, out var pct) switch
    {
        Reading.Unchanged => "0.0",
        _ => pct < 0 ? $"({Pct(-pct)})" : Pct(pct),
    };

    private bool HasPercent(string id, string period) =>
        model.Value(id, Comparative(period)) is not { } prior || prior > 0 && model.Value(id, period)!.Value >= 0;

    private string NotMeaningfulText => (string)json["policies"]!["percentChange"]!["baseNotPositive"]!;

    /// <summary>"JPY3,009 million"; without its sign for a figure named by its sign.</summary>
    private string Amount(string id, string period, bool signed)
    {
        var millions = Rounded(model.Value(id, period)!.Value, 6);
        return $"{Symbol}{Text(signed ? Math.Abs(millions) : millions)} million";
    }

    private string Millions(string id, string period) => Text(Rounded(model.Value(id, period)!.Value, 6));

    /// <summary>The dataset's name of the figure for its sign as shown in millions (zero reads as positive).</summary>
    private string Name(string id, string period)
    {
        var node = json["concepts"]![id] ?? json["measures"]![id]!;
        return (string)node["labelBySign"]![Rounded(model.Value(id, period)!.Value, 6) < 0 ? "negative" : "positive"]!;
    }

    private string ConvenienceShort => (string?)Convenience["shortSymbol"] ?? (string)Convenience["symbol"]!;

    private string Comparative(string period) => (string)json["periods"]![period]!["comparative"]!;

    private string Label(string period) => (string)json["periods"]![period]!["label"]!;

    private string DateOf(string instant) => Date((string)json["periods"]![instant]!["date"]!);

    private static string Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>The headline of the three names the highlights can take (the press release's own style).</summary>
    private static string Headline(string name) => name switch
    {
        "revenues" => "Revenues",
        "operating income" => "Operating Income",
        "operating loss" => "Operating Loss",
        _ when name.StartsWith("net income attributable to ", StringComparison.Ordinal) => "Net Income" + name["net income".Length..],
        _ when name.StartsWith("net loss attributable to ", StringComparison.Ordinal) => "Net Loss" + name["net loss".Length..],
        _ => throw new ArgumentException($"no headline for '{name}'"),
    };

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A base value divided by 10^<paramref name="scale"/>, rounded half away from zero.</summary>
    private static decimal Rounded(decimal value, int scale, int decimals = 0)
    {
        for (var i = 0; i < scale; i++)
            value /= 10m;
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
    }

    private static string Pct(decimal value) => value.ToString("#,##0.0", CultureInfo.InvariantCulture);

    private static string Text(decimal value, int decimals = 0)
    {
        var digits = Math.Abs(value).ToString("#,##0" + (decimals > 0 ? "." + new string('0', decimals) : ""), CultureInfo.InvariantCulture);
        return value < 0 ? $"({digits})" : digits;
    }
}
