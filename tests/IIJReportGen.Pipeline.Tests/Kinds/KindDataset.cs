using System.Text.Json.Nodes;

namespace IIJReportGen.Pipeline.Tests.Kinds;

/// <summary>A dataset of another report kind made from the bundled first half, as an IR team would retype it: the same
/// figures, the periods' dates moved to the kind's (the current period three or nine months from the year's start, the
/// quarter its last three months, the balance sheet at its end), and the labels and texts that state a period in the
/// kind's words. A first quarter has no quarter apart from its current period: its quarter's periods, tables and texts go.</summary>
public static class KindDataset
{
    /// <summary>The bundled dataset (its JSON) made a <paramref name="kind"/> report: "Q1", "Q3" or "FY" (<see cref="FullYearDataset"/>).</summary>
    public static string Of(string bundled, string kind) => kind switch
    {
        "Q1" => Reworded(WithoutQuarter(bundled), FirstQuarter),
        "Q3" => Reworded(bundled, ThirdQuarter),
        "FY" => FullYearDataset.Of(bundled),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Q1, Q3 or FY"),
    };

    /// <summary>The first half's words and dates, and what they become in a first quarter (replaced in this order).</summary>
    private static readonly (string From, string To)[] FirstQuarter =
    [
        ("First Six Months", "First Three Months"), ("Six Months", "Three Months"), ("six months", "three months"),
        ("September 30", "June 30"), ("Sep. 30", "Jun. 30"), ("-09-30", "-06-30"),
        ("2013-11-08", "2013-08-08"), ("November 8, 2013", "August 8, 2013"), ("2013-11-14", "2013-08-14"), ("2013-12-06", "2013-08-30"),
        ("\"1H FY2013\"", "\"1Q FY2013\""), ("\"periodNameShort\": \"1H13\"", "\"periodNameShort\": \"1Q13\""), ("IIJ 1H FY2013", "IIJ 1Q FY2013"), ("\"short\": \"1H1", "\"short\": \"1Q1"),
        ("第2四半期", "第1四半期"),
    ];

    /// <summary>The first half's words and dates, and what they become in a third quarter's nine months.</summary>
    private static readonly (string From, string To)[] ThirdQuarter =
    [
        ("First Six Months", "First Nine Months"), ("Six Months", "Nine Months"), ("six months", "nine months"),
        ("September 30", "December 31"), ("June 30", "September 30"), ("Sep. 30", "Dec. 31"), ("July 1, 2013", "October 1, 2013"),
        ("-09-30", "-12-31"), ("-06-30", "-09-30"), ("-07-01", "-10-01"),
        ("2013-11-08", "2014-02-07"), ("November 8, 2013", "February 7, 2014"), ("2013-11-14", "2014-02-14"), ("2013-12-06", "2014-03-07"),
        ("\"1H FY2013\"", "\"1Q-3Q FY2013\""), ("\"periodNameShort\": \"1H13\"", "\"periodNameShort\": \"9M13\""), ("IIJ 1H FY2013", "IIJ 1Q-3Q FY2013"), ("\"short\": \"1H1", "\"short\": \"9M1"),
        ("\"short\": \"2Q1", "\"short\": \"3Q1"), ("2nd Quarter", "3rd Quarter"), ("第2四半期", "第3四半期"),
    ];

    private static string Reworded(string json, (string From, string To)[] words)
    {
        foreach (var (from, to) in words)
            json = json.Replace(from, to, StringComparison.Ordinal);
        return json;
    }

    /// <summary>The dataset without the quarter apart from the current period: its periods (the three months and the instant
    /// they open at) and report.quarter go; a figure typed only for the quarter (shares issued in it) moves to the current
    /// period, which is now that quarter, and texts cite it there; the quarter's tables, texts and published figures go.</summary>
    private static string WithoutQuarter(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var report = root["report"]!.AsObject();
        var periods = root["periods"]!.AsObject();
        var (quarter, current) = ((string)report["quarter"]!, (string)report["current"]!);
        var moves = new Dictionary<string, string>
        {
            [quarter] = current,
            [(string)periods[quarter]!["comparative"]!] = (string)periods[current]!["comparative"]!,
        };
        string[] gone = [.. moves.Keys, "1Q13-end", "1Q12-end"];
        report.Remove("quarter");
        foreach (var period in gone)
            periods.Remove(period);
        foreach (var (_, concept) in root["concepts"]!.AsObject())
        {
            var values = concept!["values"]!.AsObject();
            foreach (var (from, to) in moves)
                if (values.TryGetPropertyValue(from, out var value) && !values.ContainsKey(to))
                    values[to] = value?.DeepClone(); // a dash (null) is a figure too
            foreach (var period in gone)
                values.Remove(period);
        }
        bool Cites(JsonNode? node) => gone.Any(p => node!.ToJsonString().Contains("@" + p, StringComparison.Ordinal) || node!.ToJsonString().Contains($"\"{p}\"", StringComparison.Ordinal));
        RemoveWhere(root["tables"]!.AsObject(), Cites);
        RemoveWhere(root["texts"]!.AsObject(), text => text!.GetPropertyName().Contains("quarter", StringComparison.Ordinal));
        var published = root["asPublished"]!.AsArray();
        foreach (var entry in published.Where(Cites).ToList())
            published.Remove(entry);
        var written = root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var (from, to) in moves)
            written = written.Replace("@" + from + "|", "@" + to + "|", StringComparison.Ordinal);
        return written;
    }

    private static void RemoveWhere(JsonObject entries, Func<JsonNode?, bool> cites)
    {
        foreach (var key in entries.Where(e => cites(e.Value)).Select(e => e.Key).ToList())
            entries.Remove(key);
    }
}
