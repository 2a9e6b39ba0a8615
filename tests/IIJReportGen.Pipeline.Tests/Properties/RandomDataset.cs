using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace IIJReportGen.Pipeline.Tests.Properties;

/// <summary>A small consistent dataset: parts that sum to a total, a cost subtracted from it to give a net figure, two periods, one table.</summary>
/// <param name="Parts">The parts' values (thousands of JPY) by part, for the prior and the current period.</param>
/// <param name="Costs">The cost for the prior and the current period.</param>
public sealed record RandomDataset(long[][] Parts, long[] Costs)
{
    public static readonly string[] Periods = ["PY", "CY"];

    /// <summary>Two to six parts, figures up to a trillion either way.</summary>
    public static Gen<RandomDataset> Gen { get; } =
        CsCheck.Gen.Select(CsCheck.Gen.Long[-1_000_000_000_000, 1_000_000_000_000].Array[2].Array[2, 6], CsCheck.Gen.Long[0, 1_000_000_000_000].Array[2],
            (parts, costs) => new RandomDataset(parts, costs));

    public long Total(int period) => Parts.Sum(p => p[period]);

    public override string ToString() => $"parts [{string.Join("; ", Parts.Select(p => string.Join(", ", p)))}], costs [{string.Join(", ", Costs)}]";

    /// <summary>The dataset as JSON, with <paramref name="part"/>'s figure in <paramref name="period"/> changed by <paramref name="change"/>.</summary>
    public byte[] Json(int part = 0, int period = 0, long change = 0)
    {
        var concepts = new JsonObject();
        var lines = new JsonArray();
        for (var i = 0; i < Parts.Length; i++)
        {
            var values = Parts[i].Select((v, p) => v + (i == part && p == period ? change : 0)).ToArray();
            concepts[$"Part{i + 1}"] = Concept($"Part {i + 1}", values);
            lines.Add(new JsonObject { ["concept"] = $"Part{i + 1}", ["indent"] = 1, ["parent"] = "Total" });
        }
        concepts["Total"] = Concept("Total revenues", [Total(0), Total(1)]);
        concepts["Cost"] = Concept("Total cost", Costs);
        concepts["Net"] = Concept("Operating income", [Total(0) - Costs[0], Total(1) - Costs[1]]);
        lines.Add(new JsonObject { ["concept"] = "Total", ["total"] = true, ["parent"] = "Net" });
        lines.Add(new JsonObject { ["concept"] = "Cost", ["parent"] = "Net", ["weight"] = -1 });
        lines.Add(new JsonObject { ["concept"] = "Net", ["total"] = true });
        var json = new JsonObject
        {
            ["company"] = new JsonObject { ["name"] = "Random Co.", ["shortName"] = "RC", ["listings"] = new JsonArray(new JsonObject { ["exchange"] = "TSE", ["code"] = "9999" }) },
            ["report"] = new JsonObject { ["current"] = "CY", ["dates"] = new JsonObject { ["release"] = "2013-11-08" } },
            ["policies"] = new JsonObject
            {
                ["rounding"] = new JsonObject { ["press-release"] = "halfUp" },
                ["convenienceTranslation"] = new JsonObject { ["currency"] = "USD", ["rate"] = 98.29m, ["date"] = "2013-09-30" },
                ["negativeStyle"] = "parentheses",
                ["percentChange"] = new JsonObject { ["decimals"] = 1, ["baseNotPositive"] = "n.m." },
            },
            ["units"] = new JsonObject
            {
                ["JPY"] = new JsonObject { ["label"] = "Japanese yen", ["xbrl"] = "iso4217:JPY" },
                ["USD"] = new JsonObject { ["label"] = "U.S. Dollars", ["xbrl"] = "iso4217:USD" },
            },
            ["periods"] = new JsonObject
            {
                ["PY"] = new JsonObject { ["type"] = "duration", ["start"] = "2012-04-01", ["end"] = "2012-09-30", ["label"] = "Prior" },
                ["CY"] = new JsonObject { ["type"] = "duration", ["start"] = "2013-04-01", ["end"] = "2013-09-30", ["label"] = "Current", ["comparative"] = "PY" },
            },
            ["concepts"] = concepts,
            ["tables"] = new JsonObject
            {
                ["income"] = new JsonObject
                {
                    ["title"] = "Statements of Income",
                    ["display"] = "thousands",
                    ["columns"] = new JsonArray(new JsonObject { ["period"] = "PY" }, new JsonObject { ["period"] = "CY" }),
                    ["lines"] = lines,
                },
            },
        };
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    private static JsonObject Concept(string label, long[] values) => new()
    {
        ["label"] = label,
        ["unit"] = "JPY",
        ["scale"] = 3,
        ["values"] = new JsonObject { [Periods[0]] = values[0], [Periods[1]] = values[1] },
    };
}
