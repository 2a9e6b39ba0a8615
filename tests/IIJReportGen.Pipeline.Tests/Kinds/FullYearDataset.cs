using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IIJReportGen.Pipeline.Tests.Kinds;

/// <summary>A full-year dataset made from the bundled first half, as an IR team would retype it for the year's release: the
/// half year's periods become the fiscal years (1H13 → FY2013, 1H12-end → FY2012-end, the 2nd quarter → the 4th), the
/// forecast moves to the next year (FY2013F → FY2014F), the figures stay as typed (where a first-half balance and a year-end
/// one fall on the same day, the year-end one stays), and the words that state a period say the year. It adds what a
/// full year's TSE summary shows besides: the year's cash flows and ratios, mapped to TDnet's annual elements.</summary>
public static partial class FullYearDataset
{
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["1H13"] = "FY2013", ["1H12"] = "FY2012", ["1H11"] = "FY2011", ["1H13-end"] = "FY2013-end", ["1H12-end"] = "FY2012-end",
        ["2Q13"] = "4Q13", ["2Q12"] = "4Q12", ["1Q13-end"] = "3Q13-end", ["1Q12-end"] = "3Q12-end", ["FY2013F"] = "FY2014F",
    };

    /// <summary>The first half's words, and what they become in the year's release (replaced in this order).</summary>
    private static readonly (string From, string To)[] Words =
    [
        ("April 1, 2013 through March 31, 2014", "April 1, 2014 through March 31, 2015"),
        ("Fiscal Year Ending March 31, 2014", "Fiscal Year Ending March 31, 2015"),
        ("the fiscal year ending March 31, 2014", "the fiscal year ended March 31, 2014"),
        ("First Six Months Ended September 30, 2013", "Fiscal Year Ended March 31, 2014"),
        ("first six months ended", "fiscal year ended"), ("six months ended", "fiscal years ended"),
        ("September 30, 2013", "March 31, 2014"), ("September 30, 2012", "March 31, 2013"), ("Sep. 30, 2013", "Mar. 31, 2014"),
        ("2nd Quarter", "4th Quarter"), ("July 1, 2013", "January 1, 2014"), ("1H FY2013", "FY2013"), ("November 8, 2013", "May 15, 2014"),
        ("Quarterly Consolidated", "Consolidated"), ("quarterly consolidated", "consolidated"),
        ("第2四半期決算短信", "決算短信"), ("年3月期第2四半期", "年3月期"), ("四半期純利益", "当期純利益"), ("四半期包括利益", "包括利益"),
        ("（四半期累計）", ""), ("対前年同四半期増減率", "対前期増減率"), ("当四半期連結累計期間", "当連結会計年度"), ("連結経営成績（累計）", "連結経営成績"),
    ];

    /// <summary>The bundled dataset (its JSON) made the full year's.</summary>
    public static string Of(string bundled)
    {
        var root = JsonNode.Parse(bundled)!.AsObject();
        MergeSameDays(root);
        var json = KeyReference().Replace(root.ToJsonString(Written), m => Renamed[m.Value]);
        foreach (var (from, to) in Words)
            json = json.Replace(from, to, StringComparison.Ordinal);
        root = JsonNode.Parse(json)!.AsObject();
        Redate(root);
        AddYearFigures(root);
        return root.ToJsonString(Written);
    }

    /// <summary>Indented, and Japanese as typed (not \u escapes), so the words can be found and replaced.</summary>
    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Periods renamed onto one that exists (1H12-end onto FY2012-end, 1H13 onto FY2013) become one: the year-end balance
    /// keeps its figures, any other figure moves over, and the half year's own definition goes.</summary>
    private static void MergeSameDays(JsonObject root)
    {
        var periods = root["periods"]!.AsObject();
        foreach (var (from, to) in Renamed.Where(r => periods.ContainsKey(r.Value)).ToList())
        {
            foreach (var (_, concept) in root["concepts"]!.AsObject())
            {
                var values = concept!["values"]!.AsObject();
                if (values.TryGetPropertyValue(from, out var value) && !values.ContainsKey(to))
                    values[to] = value?.DeepClone(); // a dash (null) is a figure too
                values.Remove(from);
            }
            if (to.EndsWith("-end", StringComparison.Ordinal))
                periods.Remove(from);
            else
                periods.Remove(to);
        }
    }

    /// <summary>Every period at the year's dates, with labels that state them.</summary>
    private static void Redate(JsonObject root)
    {
        var periods = root["periods"]!.AsObject();
        void Duration(string key, string start, string end, string label, string? comparative, string? labelJa = null, bool forecast = false)
        {
            var period = new JsonObject { ["type"] = "duration", ["start"] = start, ["end"] = end };
            if (forecast)
                period["scenario"] = "forecast";
            period["label"] = label;
            period["short"] = key.TrimEnd('F');
            if (comparative is not null)
                period["comparative"] = comparative;
            if (labelJa is not null)
                period["labelJa"] = labelJa;
            periods[key] = period;
        }
        void Instant(string key, string date, string label, string? comparative = null, string? labelJa = null)
        {
            var period = new JsonObject { ["type"] = "instant", ["date"] = date, ["label"] = label };
            if (comparative is not null)
                period["comparative"] = comparative;
            if (labelJa is not null)
                period["labelJa"] = labelJa;
            periods[key] = period;
        }
        Duration("FY2011", "2011-04-01", "2012-03-31", "Fiscal Year Ended March 31, 2012", null);
        Duration("FY2012", "2012-04-01", "2013-03-31", "Fiscal Year Ended March 31, 2013", "FY2011", "25年3月期");
        Duration("FY2013", "2013-04-01", "2014-03-31", "Fiscal Year Ended March 31, 2014", "FY2012", "26年3月期");
        Duration("FY2014", "2014-04-01", "2015-03-31", "Fiscal Year Ending March 31, 2015", null, "27年3月期");
        Duration("FY2014F", "2014-04-01", "2015-03-31", "Fiscal Year Ending March 31, 2015 (forecast)", "FY2013", "27年3月期（予想）", forecast: true);
        Duration("4Q12", "2013-01-01", "2013-03-31", "Three Months Ended March 31, 2013", null);
        Duration("4Q13", "2014-01-01", "2014-03-31", "Three Months Ended March 31, 2014", "4Q12");
        Instant("3Q12-end", "2012-12-31", "As of December 31, 2012");
        Instant("3Q13-end", "2013-12-31", "As of December 31, 2013");
        Instant("FY2013-end", "2014-03-31", "As of March 31, 2014", "FY2012-end", "26年3月期");
        periods["FY2013-end"]!["short"] = "Mar. 31, 2014";
        Instant("Release-2013-11-08", "2014-05-15", "As of May 15, 2014");

        var report = root["report"]!.AsObject();
        report["fiscalYear"] = "FY2014";
        var dates = report["dates"]!.AsObject();
        foreach (var key in new[] { "release", "presentationMaterials", "pdfMetadata" })
            dates[key] = "2014-05-15";
        dates["annualReportFiling"] = "2014-06-27";
        dates["dividendPayment"] = "2014-06-06";
        var labels = report["labels"]!.AsObject();
        labels["title"] = "IIJ Announces Financial Results for the Fiscal Year Ended March 31, 2014";
        labels["tseAnnualReport"] = "Filing of annual securities report (Yukashoken-houkokusho) to the regulatory organization in Japan";
        labels["tanshinFiscalYear"] = "平成27年3月期";
        root["policies"]!["convenienceTranslation"]!["date"] = "2014-03-31";
        // The prior year's figures are the first half's, so only the current year's cash rolls forward from its balances.
        root["tieOuts"]!.AsArray().Single(t => (string?)t!["id"] == "cash-roll-forward")!["periods"] = new JsonArray("FY2013", "4Q13");
    }

    /// <summary>The year's cash flows and ratios the full year's TSE summary shows, and their TDnet elements.</summary>
    private static void AddYearFigures(JsonObject root)
    {
        var concepts = root["concepts"]!.AsObject();
        foreach (var (concept, element) in new[]
        {
            ("NetCashProvidedByOperatingActivities", "CashFlowsFromOperatingActivitiesUS"), ("NetCashUsedInInvestingActivities", "CashFlowsFromInvestingActivitiesUS"),
            ("NetCashProvidedByUsedInFinancingActivities", "CashFlowsFromFinancingActivitiesUS"), ("CashAndCashEquivalents", "CashAndEquivalentsEndOfPeriodUS"),
        })
            concepts[concept]!["tdnet"] = new JsonObject { ["element"] = element };
        var measures = root["measures"]!.AsObject();
        void Ratio(string id, string label, string expression, string element) =>
            measures[id] = new JsonObject { ["label"] = label, ["unit"] = "pure", ["expression"] = expression, ["tdnet"] = new JsonObject { ["element"] = element } };
        Ratio("ReturnOnEquity", "Net income attributable to IIJ to IIJ shareholders' equity",
            "NetIncomeAttributableToIij / ((TotalIijShareholdersEquity@start + TotalIijShareholdersEquity@end) / 2)", "NetIncomeToShareholdersEquityRatioUS");
        Ratio("PretaxIncomeToTotalAssets", "Income before income tax to total assets",
            "IncomeBeforeIncomeTaxAndEquityInNetIncome / ((TotalAssets@start + TotalAssets@end) / 2)", "IncomeBeforeIncomeTaxesToTotalAssetsRatioUS");
        Ratio("OperatingMargin", "Operating income to total revenues", "OperatingIncome / TotalRevenues", "OperatingIncomeToNetSalesRatioUS");

        var tables = root["tables"]!.AsObject();
        JsonObject Line(string concept, string label, string labelJa, string? at = null)
        {
            var line = new JsonObject { ["concept"] = concept, ["label"] = label, ["labelJa"] = labelJa };
            if (at is not null)
                line["at"] = at;
            return line;
        }
        JsonArray Years() => [new JsonObject { ["period"] = "FY2013", ["optional"] = true }, new JsonObject { ["period"] = "FY2012", ["optional"] = true }];
        tables["tse-ratios"] = new JsonObject
        {
            ["title"] = "(1) Consolidated Results of Operations: ratios", ["document"] = "tse-summary", ["display"] = "millions", ["columns"] = Years(),
            ["lines"] = new JsonArray(
                Line("ReturnOnEquity", "Net Income Attributable to IIJ to IIJ Shareholders' Equity", "株主資本当社株主に帰属する当期純利益率"),
                Line("PretaxIncomeToTotalAssets", "Income before Income Tax to Total Assets", "総資産税引前当期純利益率"),
                Line("OperatingMargin", "Operating Income to Total Revenues", "売上高営業利益率")),
        };
        tables["tse-cash-flows"] = new JsonObject
        {
            ["title"] = "(3) Consolidated Cash Flows", ["titleJa"] = "(3) 連結キャッシュ・フローの状況", ["document"] = "tse-summary", ["display"] = "millions",
            ["columns"] = Years(),
            ["lines"] = new JsonArray(
                Line("NetCashProvidedByOperatingActivities", "Cash Flows from Operating Activities", "営業活動によるキャッシュ・フロー"),
                Line("NetCashUsedInInvestingActivities", "Cash Flows from Investing Activities", "投資活動によるキャッシュ・フロー"),
                Line("NetCashProvidedByUsedInFinancingActivities", "Cash Flows from Financing Activities", "財務活動によるキャッシュ・フロー"),
                Line("CashAndCashEquivalents", "Cash and Cash Equivalents at End of Year", "現金及び現金同等物期末残高", at: "end")),
        };
    }

    /// <summary>A period key of the first half where the dataset names it (a JSON string, a reference after @), not inside a longer key.</summary>
    [GeneratedRegex(@"(?<![\w-])(1H13-end|1H12-end|1Q13-end|1Q12-end|1H13|1H12|1H11|2Q13|2Q12|FY2013F)(?![\w-])")]
    private static partial Regex KeyReference();
}
