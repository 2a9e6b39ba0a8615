using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IIJReportGen.Dataset.Expressions;
using IIJReportGen.Dataset.Tests;

namespace IIJReportGen.Pipeline.Tests.Properties.Words;

/// <summary>A consistent edit of the bundled dataset, as an IR team's own next period might differ from it: figures set to a
/// target, every total above them in every table moved with them, so the dataset still validates without errors.</summary>
/// <remarks>A lever moves a figure and the figures that keep the other decompositions and tie-outs of its totals true
/// (a cost and the segment profit, an "other" line that keeps income before tax). Totals are moved by the tables' own
/// calculation relations; the test then validates the result, so a lever that misses a relation fails loudly.</remarks>
public sealed class BundledEdit
{
    private readonly JsonObject _json = JsonNode.Parse(File.ReadAllText(RepositoryPaths.BundledDataset))!.AsObject();
    private readonly Dictionary<(string Concept, string Period), decimal> _leaves = [];
    private readonly List<string> _steps = [];
    private readonly HashSet<(string Concept, string Period)> _floors = [];

    // Worked out once per state of the edit: a case asks for its deltas per figure read and its bytes several times, and
    // each is costly (the deltas parse every measure; the bytes load the whole dataset to mark its texts reviewed).
    private Dictionary<(string, string), decimal>? _deltas;
    private byte[]? _bytes;

    public override string ToString() => string.Join("; ", _steps);

    /// <summary>The typed value (thousands of JPY for the statements) of a concept now, the edits so far included.</summary>
    public decimal Typed(string concept, string period) =>
        (decimal?)_json["concepts"]![concept]!["values"]![period] is { } value ? value + Delta(concept, period) : Delta(concept, period);

    /// <summary>Sets a figure to a target through a lever that keeps the dataset consistent; <paramref name="target"/> is typed (thousands).</summary>
    public BundledEdit Set(Lever lever, string period, decimal target)
    {
        var by = target - lever.Read(this, period);
        foreach (var (concept, weight) in lever.Moves)
            Move(concept, period, weight * by);
        _floors.UnionWith(lever.NonNegative.Select(c => (c, period)));
        _steps.Add($"{lever.Name}@{period} → {target.ToString(CultureInfo.InvariantCulture)}");
        return this;
    }

    /// <summary>False when a lever moved an expense it keeps the figure by below zero (a revenue lost, then operating income set
    /// back by general and administrative expenses): no IR team's data looks like that.</summary>
    public bool Plausible => _floors.All(f => Typed(f.Concept, f.Period) >= 0);

    /// <summary>Another convenience currency, with its unit and words, and the texts that named the old one.</summary>
    public BundledEdit Currency(string code, string label, string symbol, string name, decimal rate)
    {
        _json["units"]![code] = new JsonObject { ["label"] = label, ["xbrl"] = "iso4217:" + code, ["symbol"] = symbol, ["name"] = name };
        var translation = _json["policies"]!["convenienceTranslation"]!;
        translation["currency"] = code;
        translation["rate"] = rate;
        foreach (var section in new[] { "texts", "tables" })
        {
            Replace(_json[section]!, "U.S. dollars", name + "s");
            Replace(_json[section]!, "U.S. Dollars", label);
        }
        _steps.Add($"convenience currency {code} at {rate.ToString(CultureInfo.InvariantCulture)}");
        Changed();
        return this;
    }

    /// <summary>The current half year and its quarter end <paramref name="days"/> days before September 30 (a 52/53-week year),
    /// every label and text that states the date following it.</summary>
    public BundledEdit EndEarlier(int days)
    {
        var end = new DateOnly(2013, 9, 30).AddDays(-days);
        var periods = _json["periods"]!;
        periods["1H13"]!["end"] = Iso(end);
        periods["2Q13"]!["end"] = Iso(end);
        periods["1H13-end"]!["date"] = Iso(end);
        Replace(_json, "September 30, 2013", end.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture));
        Replace(_json, "Sep. 30, 2013", end.ToString("MMM. d, yyyy", CultureInfo.InvariantCulture));
        _steps.Add($"half year ends {Iso(end)}");
        Changed();
        return this;
    }

    /// <summary>The edited dataset as JSON bytes, every total moved with its parts.</summary>
    public byte[] Bytes() => _bytes ??= Written();

    private void Changed() => (_deltas, _bytes) = (null, null);

    private byte[] Written()
    {
        var json = _json.DeepClone().AsObject();
        foreach (var ((concept, period), delta) in AllDeltas())
        {
            var values = json["concepts"]![concept]!["values"]!.AsObject();
            values[period] = ((decimal?)values[period] ?? 0m) + delta;
        }
        // Reviewed as edited: the words are checked against the figures here, not against a person's reading.
        return Encoding.UTF8.GetBytes(ReviewedTexts.MarkAll(json.ToJsonString()));
    }

    private decimal Delta(string concept, string period) => AllDeltas().GetValueOrDefault((concept, period));

    private void Move(string concept, string period, decimal by)
    {
        if ((int?)_json["concepts"]![concept]!["scale"] != 3)
            throw new ArgumentException($"levers move figures typed in thousands; '{concept}' is not");
        _leaves[(concept, period)] = _leaves.GetValueOrDefault((concept, period)) + by;
        Changed();
    }

    /// <summary>The moved figures and every total above them: a total moves by the weighted moves of its parts (a measure among
    /// the parts by the move of its expression). Where tables decompose a total differently, the decomposition that moves it most
    /// is taken; a lever that forgot one leaves the dataset inconsistent, which validation then reports.</summary>
    private Dictionary<(string, string), decimal> AllDeltas() => _deltas ??= Deltas();

    private Dictionary<(string, string), decimal> Deltas()
    {
        var relations = Relations().ToLookup(r => r.Parent, r => r.Parts);
        var measures = _json["measures"]!.AsObject().ToDictionary(m => m.Key, m => ExpressionParser.Parse((string)m.Value!["expression"]!));
        var deltas = new Dictionary<(string, string), decimal>();
        foreach (var period in _leaves.Keys.Select(k => k.Period).Distinct())
        {
            var memo = new Dictionary<string, decimal>(StringComparer.Ordinal);
            decimal Of(string id)
            {
                if (_leaves.TryGetValue((id, period), out var leaf))
                    return leaf;
                if (memo.TryGetValue(id, out var known))
                    return known;
                memo[id] = 0m; // a decomposition through a measure of the total itself (EBITDA = operating income + …) adds nothing
                if (measures.TryGetValue(id, out var expression))
                    return memo[id] = Linear(expression, Of) ?? 0m;
                var moves = relations[id].Select(parts => parts.Sum(p => p.Weight * Of(p.Concept))).ToList();
                return memo[id] = moves.Count == 0 ? 0m : moves.MaxBy(Math.Abs);
            }
            foreach (var concept in _leaves.Keys.Where(k => k.Period == period).Select(k => k.Concept).Concat(relations.Select(r => r.Key)).Distinct())
                if (Of(concept) is not 0m and var delta)
                    deltas[(concept, period)] = delta;
        }
        return deltas;
    }

    /// <summary>How much a sum or difference of figures moves; null for an expression that is not linear in them (a ratio), or pins a period.</summary>
    private static decimal? Linear(Expression expression, Func<string, decimal> move) => expression switch
    {
        Reference { Selector: PeriodSelector.Current } reference => move(reference.Id),
        Negation negation => -Linear(negation.Operand, move),
        Binary { Operator: '+' } sum => Linear(sum.Left, move) + Linear(sum.Right, move),
        Binary { Operator: '-' } difference => Linear(difference.Left, move) - Linear(difference.Right, move),
        Binary { Operator: '*', Left: Literal factor } product => factor.Value * Linear(product.Right, move),
        _ => null,
    };

    /// <summary>Every calculation relation of the tables whose total is a concept: (total, [(part, weight)]).</summary>
    private IEnumerable<(string Parent, List<(string Concept, int Weight)> Parts)> Relations()
    {
        var concepts = _json["concepts"]!.AsObject();
        foreach (var (_, table) in _json["tables"]!.AsObject())
        {
            if (table!["lines"] is not JsonArray lines)
                continue;
            var byId = lines.Where(l => l!["concept"] is not null && l["at"] is null)
                .GroupBy(l => (string?)l!["id"] ?? (string)l!["concept"]!).ToDictionary(g => g.Key, g => (string)g.First()!["concept"]!);
            foreach (var group in lines.Where(l => l!["parent"] is not null && l["concept"] is not null && l["at"] is null).GroupBy(l => (string)l!["parent"]!))
                if (byId.TryGetValue(group.Key, out var parent) && concepts.ContainsKey(parent))
                    yield return (parent, group.Select(l => ((string)l!["concept"]!, (int?)l["weight"] ?? 1)).ToList());
        }
    }

    private static void Replace(JsonNode node, string find, string replace)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                    if (obj[key] is JsonValue value && value.TryGetValue<string>(out var s))
                        obj[key] = s.Replace(find, replace, StringComparison.Ordinal);
                    else if (obj[key] is { } child)
                        Replace(child, find, replace);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var s))
                        array[i] = s.Replace(find, replace, StringComparison.Ordinal);
                    else if (array[i] is { } child)
                        Replace(child, find, replace);
                break;
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A figure the edit can set, and the typed concepts it moves for it (weight 1 or -1 per unit of change).</summary>
/// <param name="Read">The figure's typed value now.</param>
/// <param name="Signed">True for a figure that may be negative and is named by its sign (a profit or loss, a cash flow); a revenue or a cost is not set below zero.</param>
public sealed record Lever(string Name, Func<BundledEdit, string, decimal> Read, IReadOnlyList<(string Concept, int Weight)> Moves, bool Signed = true)
{
    /// <summary>The moved figures that stay at zero or above (an expense); an edit that takes one below is not <see cref="BundledEdit.Plausible"/>.</summary>
    public IReadOnlyList<string> NonNegative { get; init; } = [];

    public override string ToString() => Name;

    private static Lever Of(string name, params (string, int)[] moves) => new(name, (edit, period) => edit.Typed(name, period), moves);

    /// <summary>Operating income, by general and administrative expenses; the segment profit moves with it, and "other — net"
    /// keeps income before income tax (so other income (expense) may change sign too).</summary>
    public static readonly Lever OperatingIncome = Of("OperatingIncome",
        ("GeneralAndAdministrativeExpenses", -1), ("SegmentOperatingIncomeNetworkSi", 1), ("OtherNonOperatingNet", -1)) with { NonNegative = ["GeneralAndAdministrativeExpenses"] };

    /// <summary>Net income attributable to IIJ, by what non-controlling interests earned.</summary>
    public static readonly Lever NetIncomeAttributableToIij = Of("NetIncomeAttributableToIij", ("NetIncomeAttributableToNoncontrollingInterests", 1));

    /// <summary>Net income, by the income tax expense (a benefit when negative); the cash flow's tax payable and the comprehensive
    /// income's translation adjustments keep the cash and the comprehensive income.</summary>
    public static readonly Lever NetIncome = Of("NetIncome",
        ("IncomeTaxExpense", -1), ("IncreaseDecreaseInIncomeTaxesPayable", -1), ("ForeignCurrencyTranslationAdjustments", -1));

    /// <summary>A network services or SI revenue line; the segment's customer revenues and profit move with it, "other — net" keeps income before tax.</summary>
    public static Lever Revenue(string concept) => Of(concept,
        (concept, 1), ("SegmentRevenueNetworkSiCustomers", 1), ("SegmentOperatingIncomeNetworkSi", 1), ("OtherNonOperatingNet", -1)) with { Signed = false };

    /// <summary>A cost line of the network services and SI segment.</summary>
    public static Lever Cost(string concept) => Of(concept,
        (concept, 1), ("SegmentOperatingIncomeNetworkSi", -1), ("OtherNonOperatingNet", 1)) with { Signed = false };

    /// <summary>A figure outside every calculation (orders, backlog).</summary>
    public static Lever Free(string concept) => Of(concept, (concept, 1));

    /// <summary>A figure within "other income (expense)", by "other — net" beside it; <paramref name="adjustments"/> moves the cash flow's
    /// other operating adjustments too, for a figure the cash flow statement takes back out of net income.</summary>
    public static Lever OtherIncomeLine(string concept, bool adjustments = false) =>
        Of(concept, [(concept, 1), ("OtherNonOperatingNet", -1), .. adjustments ? [("OtherOperatingAdjustments", 1)] : Array.Empty<(string, int)>()]);

    /// <summary>A balance-sheet asset, with other current liabilities beside it so the balance sheet balances.</summary>
    public static Lever Asset(string concept) => Of(concept, (concept, 1), ("OtherCurrentLiabilities", 1));

    /// <summary>A balance-sheet liability or equity line, with other assets beside it.</summary>
    public static Lever Claim(string concept) => Of(concept, (concept, 1), ("OtherAssets", 1));

    /// <summary>Total assets, by other assets and other current liabilities.</summary>
    public static readonly Lever TotalAssets = Of("TotalAssets", ("OtherAssets", 1), ("OtherCurrentLiabilities", 1));

    /// <summary>Total IIJ shareholders' equity, by accumulated other comprehensive income and other assets.</summary>
    public static readonly Lever ShareholdersEquity = Of("TotalIijShareholdersEquity", ("AccumulatedOtherComprehensiveIncome", 1), ("OtherAssets", 1));

    /// <summary>A cash-flow section's net cash, by its "other" line, with another section's "other" keeping the change in cash.</summary>
    public static Lever CashFlow(string concept, string other, string balancing) => Of(concept, (other, 1), (balancing, -1));

    /// <summary>Comprehensive income attributable to IIJ, by the non-controlling interests' share.</summary>
    public static readonly Lever ComprehensiveIncome = Of("ComprehensiveIncomeAttributableToIij", ("ComprehensiveIncomeAttributableToNoncontrollingInterests", 1));
}
